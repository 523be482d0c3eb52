--TEST--
static closures cannot bind $this
--FILE--
<?php
class A { function get() { return static function () { return isset($this); }; } }
$f = (new A)->get();
var_dump($f());
$g = static fn() => 1;
var_dump($g());
$r = @Closure::bind(static function () {}, new A);
var_dump($r);
--EXPECT--
bool(false)
int(1)
NULL
