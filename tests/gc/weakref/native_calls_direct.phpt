--TEST--
WeakReference's Rust methods called straight from their instructions: results, errors and traces as PHP's
--FILE--
<?php
function f($x) { return WeakReference::create($x); }
try { f(1); } catch (TypeError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
$o = new stdClass; $r = WeakReference::create($o);
try { $r->get(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
try { echo $r->get($undef); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
$w = WeakReference::create(...); var_dump($w($o) === $r);
var_dump($r->get() === $o, WeakReference::create($o) === $r);
--EXPECTF--
WeakReference::create(): Argument #1 ($object) must be of type object, int given
#0 %s(2): WeakReference::create(1)
#1 %s(3): f(1)
#2 {main}
WeakReference::get() expects exactly 0 arguments, 1 given
#0 %s(5): WeakReference->get(1)
#1 {main}

Warning: Undefined variable $undef in %s on line 6
WeakReference::get() expects exactly 0 arguments, 1 given
bool(true)
bool(true)
bool(true)
