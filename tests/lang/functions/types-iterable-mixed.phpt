--TEST--
iterable, mixed, object and callable parameter types
--FILE--
<?php
function it(iterable $i) { foreach ($i as $v) echo $v; echo "\n"; }
function mx(mixed $m) { return gettype($m); }
function ob(object $o) { return get_class($o); }
function cb(callable $c) { return $c(); }
it([1, 2]); it(new ArrayIterator([3])); it((function () { yield 4; })());
var_dump(mx(null), ob(new ArrayObject), cb(fn() => 'called'));
try { it("str"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { cb('no_such_function'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
12
3
4
string(4) "NULL"
string(11) "ArrayObject"
string(6) "called"
it(): Argument #1 ($i) must be of type Traversable|array, string given, called in %s on line 8
cb(): Argument #1 ($c) must be of type callable, string given, called in %s on line 9
