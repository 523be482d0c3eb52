--TEST--
closures bind $this; bind, bindTo and call
--FILE--
<?php
class Counter { private $n = 42; function getClosure() { return function () { return $this->n; }; } }
$c = new Counter; $f = $c->getClosure(); var_dump($f());
$peek = function () { return $this->n; };
var_dump(Closure::bind($peek, new Counter, Counter::class)());
var_dump($peek->call(new Counter));
$unbound = function () { return isset($this) ? 'has this' : 'no this'; };
var_dump($unbound());
--EXPECT--
int(42)
int(42)
int(42)
string(7) "no this"
