--TEST--
__call and __callStatic
--FILE--
<?php
class Proxy { function __call($name, $args) { return "$name(" . implode(',', $args) . ")"; } static function __callStatic($name, $args) { return "static $name(" . count($args) . ")"; } private function hidden() { return 'hidden'; } }
$p = new Proxy;
var_dump($p->anything(1, 2), Proxy::other(1, 2, 3), $p->hidden());
--EXPECT--
string(13) "anything(1,2)"
string(15) "static other(3)"
string(8) "hidden()"
