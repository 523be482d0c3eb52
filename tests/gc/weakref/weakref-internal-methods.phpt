--TEST--
WeakReference::create/get run as internal methods: errors, traces, named argument, callables
--FILE--
<?php
function f() { try { WeakReference::create(5); } catch (TypeError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; } }
f();
try { WeakReference::create(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
try { WeakReference::create(new stdClass, 1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
$o = new stdClass; $w = WeakReference::create(object: $o); var_dump($w->get() === $o);
try { $w->get(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { WeakReference::create(obj: $o); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$f = [WeakReference::class, 'create']; var_dump($f($o) === $w);
var_dump(call_user_func('WeakReference::create', $o) === $w);
$g = $w->get(...); var_dump($g() === $o);
$r = new ReflectionClass('WeakReference'); 
var_dump(array_map(fn($o) => $o($w), [fn($x) => $x->get()]) === [$o]);
--EXPECTF--
WeakReference::create(): Argument #1 ($object) must be of type object, int given
#0 %s(2): WeakReference::create(5)
#1 %s(3): f()
#2 {main}
WeakReference::create() expects exactly 1 argument, 0 given
#0 %s(4): WeakReference::create()
#1 {main}
WeakReference::create() expects exactly 1 argument, 2 given
bool(true)
WeakReference::get() expects exactly 0 arguments, 1 given
Error: Unknown named parameter $obj
bool(true)
bool(true)
bool(true)
bool(true)
