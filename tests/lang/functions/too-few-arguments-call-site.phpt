--TEST--
Too few arguments: the call site is named unless internal code made the call
--FILE--
<?php
// Too few arguments: from user code, from builtins' callbacks, from call_user_func, and methods.
function two($a, $b) { return $a; }
class K { function m($a, $b) {} static function s($a, $b) {} function __invoke($a, $b) {} }
$tests = [
    fn() => two(1),
    fn() => call_user_func('two', 1),
    fn() => call_user_func_array('two', [1]),
    fn() => array_map('two', [1]),
    fn() => (new K)->m(1),
    fn() => call_user_func([new K, 'm'], 1),
    fn() => call_user_func('K::s', 1),
    fn() => array_map(new K, [1]),
    fn() => usort($GLOBALS['arr'], 'two'),
    fn() => (function ($x, $y) {})(1),
];
$arr = [3, 1];
foreach ($tests as $i => $t) {
    try { $t(); } catch (ArgumentCountError $e) {
        echo $i, ": ", preg_replace('/\{closure:[^}]*\}/', '{closure}', str_replace(__FILE__, 'FILE', $e->getMessage())), "\n";
    }
}
--EXPECT--
0: Too few arguments to function two(), 1 passed in FILE on line 6 and exactly 2 expected
1: Too few arguments to function two(), 1 passed in FILE on line 7 and exactly 2 expected
2: Too few arguments to function two(), 1 passed in FILE on line 8 and exactly 2 expected
3: Too few arguments to function two(), 1 passed and exactly 2 expected
4: Too few arguments to function K::m(), 1 passed in FILE on line 10 and exactly 2 expected
5: Too few arguments to function K::m(), 1 passed in FILE on line 11 and exactly 2 expected
6: Too few arguments to function K::s(), 1 passed in FILE on line 12 and exactly 2 expected
7: Too few arguments to function K::__invoke(), 1 passed and exactly 2 expected
9: Too few arguments to function {closure}:15}(), 1 passed in FILE on line 15 and exactly 2 expected
