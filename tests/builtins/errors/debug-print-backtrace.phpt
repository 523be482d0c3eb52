--TEST--
debug_backtrace options and limit; debug_print_backtrace as PHP prints it
--FILE--
<?php
class A { function m($x, $y) { debug_print_backtrace(); echo "--\n"; debug_print_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS); echo "--\n"; debug_print_backtrace(0, 1); echo "--\n"; static::s(); }
  static function s() { debug_print_backtrace(); } }
function f($a, $b = [1,2], ...$c) { (new A)->m("str", 1.5); }
f(1, [3], null, true, new stdClass);
$g = function() { debug_print_backtrace(); };
$g();
array_map(fn($x) => debug_print_backtrace(), [1]);
debug_print_backtrace();
echo "end\n";
--EXPECTF--
#0 %s(4): A->m('str', 1.5)
#1 %s(5): f(1, Array, NULL, true, Object(stdClass))
--
#0 %s(4): A->m()
#1 %s(5): f()
--
#0 %s(4): A->m('str', 1.5)
--
#0 %s(2): A::s()
#1 %s(4): A->m('str', 1.5)
#2 %s(5): f(1, Array, NULL, true, Object(stdClass))
#0 %s(7): {closure:%s:6}()
#0 [internal function]: {closure:%s:8}(1)
#1 %s(8): array_map(Object(Closure), Array)
end
