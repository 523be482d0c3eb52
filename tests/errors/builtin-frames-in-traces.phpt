--TEST--
builtin calls appear in stack traces as internal frames
--FILE--
<?php
// Builtin calls appear in stack traces as PHP's internal frames.
function viaMap(array $a) { return array_map(function ($x) { throw new RuntimeException("in callback $x"); }, $a); }
try { viaMap([7]); } catch (RuntimeException $e) { echo $e->getTraceAsString(), "\n"; }
function sortIt() { $a = [3, 1]; usort($a, 'cmp'); }
function cmp($x, $y) { throw new LogicException("cmp"); }
try { sortIt(); } catch (LogicException $e) { echo $e->getTraceAsString(), "\n"; }
function g() { return strlen(); }
try { g(); } catch (ArgumentCountError $e) { echo $e->getTraceAsString(), "\n"; }
function h() { return str_repeat("x", -1); }
try { h(); } catch (ValueError $e) { echo $e->getTraceAsString(), "\n"; }
function k() { return call_user_func('inner', 5, "five"); }
function inner($n, $s) { return debug_backtrace(); }
foreach (k() as $fr) { echo $fr['function'], isset($fr['line']) ? " line {$fr['line']}" : " internal", " args ", count($fr['args'] ?? []), "\n"; }
--EXPECTF--
#0 [internal function]: {closure:viaMap():3}(7)
#1 %s(3): array_map(Object(Closure), Array)
#2 %s(4): viaMap(Array)
#3 {main}
#0 [internal function]: cmp(3, 1)
#1 %s(5): usort(Array, 'cmp')
#2 %s(7): sortIt()
#3 {main}
#0 %s(8): strlen()
#1 %s(9): g()
#2 {main}
#0 %s(10): str_repeat('x', -1)
#1 %s(11): h()
#2 {main}
inner line 12 args 2
k line 14 args 0
