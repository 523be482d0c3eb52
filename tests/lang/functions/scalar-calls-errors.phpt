--TEST--
Scalar calls that leave the scalar code: errors, warnings and traces show every call with its line
--FILE--
<?php
// Scalar calls that leave the scalar code: warnings, errors and traces name every call, with
// the lines PHP gives them.
function div($a, $b) { return $a % $b; }
function outer($a, $b) { return 1 + inner($a, $b); }
function inner($a, $b) { return div($a, $b - 1); }
function undef($a) { return $a + $nope; }
function via($a) { return undef($a * 2); }
function thrower($n) { throw new Exception("at $n"); }
function chain($n) { return $n > 3 ? thrower($n) : chain($n + 1) + 1; }
function show($n) { return $n == 0 ? trace() : show($n - 1) + 1; }
function trace() { debug_print_backtrace(); return 0; }
var_dump(outer(7, 4));
try {
    outer(7, 1);
} catch (DivisionByZeroError $e) {
    echo get_class($e), ": ", $e->getMessage(), " line ", $e->getLine(), "\n";
    echo $e->getTraceAsString(), "\n";
}
var_dump(via(5));
try {
    chain(0);
} catch (Exception $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
var_dump(show(3));
function deep($n) { return $n == 0 ? memory_get_usage() : deep($n - 1); }
$before = memory_get_usage();
$in = deep(3000);
var_dump($in > $before, memory_get_usage() === $before);
--EXPECTF--
int(2)
DivisionByZeroError: Modulo by zero line 4
#0 %s/scalar-calls-errors.php(6): div(7, 0)
#1 %s/scalar-calls-errors.php(5): inner(7, 1)
#2 %s/scalar-calls-errors.php(15): outer(7, 1)
#3 {main}

Warning: Undefined variable $nope in %s/scalar-calls-errors.php on line 7
int(10)
at 4
#0 %s/scalar-calls-errors.php(10): thrower(4)
#1 %s/scalar-calls-errors.php(10): chain(4)
#2 %s/scalar-calls-errors.php(10): chain(3)
#3 %s/scalar-calls-errors.php(10): chain(2)
#4 %s/scalar-calls-errors.php(10): chain(1)
#5 %s/scalar-calls-errors.php(22): chain(0)
#6 {main}
#0 %s/scalar-calls-errors.php(11): trace()
#1 %s/scalar-calls-errors.php(11): show(0)
#2 %s/scalar-calls-errors.php(11): show(1)
#3 %s/scalar-calls-errors.php(11): show(2)
#4 %s/scalar-calls-errors.php(26): show(3)
int(3)
bool(true)
bool(true)
