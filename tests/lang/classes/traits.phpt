--TEST--
traits with properties, abstract and static methods, conflict resolution
--FILE--
<?php
trait Hello { public $greeting = 'hi'; function hello() { return 'Hello'; } static function make() { return new static; } abstract function name(); }
trait World { function hello() { return 'World'; } function world() { return 'World'; } }
class G { use Hello, World { Hello::hello insteadof World; World::hello as protected worldHello; hello as aliasHello; } function name() { return 'g'; } function both() { return $this->hello() . ' ' . $this->worldHello(); } }
$g = G::make();
var_dump($g->both(), $g->aliasHello(), $g->greeting, class_uses($g));
--EXPECTF--

Fatal error: An alias was defined for method hello(), which exists in both Hello and World. Use Hello::hello or World::hello to resolve the ambiguity in %s on line 4
--EXPECT_EXIT--
255
