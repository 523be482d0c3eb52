--TEST--
debug_backtrace with DEBUG_BACKTRACE_PROVIDE_OBJECT / IGNORE_ARGS and a limit; a variadic function's trace shows the arguments passed
--FILE--
<?php
class A { function m($x) { return [debug_backtrace(), debug_backtrace(0), debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS), debug_backtrace(DEBUG_BACKTRACE_PROVIDE_OBJECT | DEBUG_BACKTRACE_IGNORE_ARGS, 1), debug_backtrace(0, 2)]; } }
function f($a) { return (new A)->m($a + 1); }
foreach (f(1) as $i => $t) { echo "== $i\n"; foreach ($t as $fr) { echo implode(",", array_keys($fr)), "\n"; } }
function f($a, ...$r) { throw new Exception("x"); }
function g(...$r) { return debug_backtrace()[0]['args']; }
try { f(1, 2, 3); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; var_dump($e->getTrace()[0]['args']); }
var_dump(g(4, 5), g());
function h($a, ...$r) { return func_get_args(); }
var_dump(h(1, 2, 3));
--EXPECTF--

Fatal error: Cannot redeclare function f() (previously declared in %s:3) in %s on line 5
--EXPECT_EXIT--
255
