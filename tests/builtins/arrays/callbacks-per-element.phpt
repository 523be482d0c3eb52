--TEST--
callbacks called per element from builtins: arguments, by-reference parameters, keys, results, exceptions, lifetimes
--FILE--
<?php
// Callbacks called per element from builtins: arguments, by-reference parameters, keys,
// results, exceptions, and the arguments' lifetimes.
$a = [3 => 'c', 1 => 'a', 2 => 'b'];
print_r(array_map(fn($x) => strtoupper($x), $a));
print_r(array_map(null, [1, 2], ['x', 'y']));
print_r(array_filter([1, 0, 2, null, 3], fn($v) => $v));
print_r(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY));
print_r(array_filter(['a' => 1, 'b' => 2], fn($v, $k) => $v > 1 || $k == 'a', ARRAY_FILTER_USE_BOTH));
echo array_reduce([1, 2, 3, 4], fn($c, $i) => $c + $i, 10), "\n";
$u = [5, 3, 9, 1]; usort($u, fn($x, $y) => $x <=> $y); echo implode(',', $u), "\n";
$u = ['b' => 2, 'a' => 1, 'c' => 3]; uasort($u, fn($x, $y) => $y <=> $x); print_r($u);
uksort($u, 'strcmp'); print_r($u);
$w = [1, 2, 3]; array_walk($w, function (&$v, $k, $m) { $v = $v * $m + $k; }, 10); print_r($w);
var_dump(array_find([1, 2, 3, 4], fn($v, $k) => $v > 2), array_any([1, 2], fn($v) => $v > 1), array_all([1, 2], fn($v) => $v > 1));
function byref(&$x) { $x = 'changed'; return 1; }
$src = ['k' => 'orig']; $out = array_map('byref', $src); print_r($src);
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
$objs = [new D(1), new D(2)];
$r = array_map(function ($o) { return $o->n * 2; }, $objs);
echo "mapped\n";
unset($objs);
echo "unset\n";
try { array_map(function ($x) { if ($x == 2) throw new Exception("at $x"); return $x; }, [1, 2, 3]); }
catch (Exception $e) { echo $e->getMessage(), "\n"; }
$big = array_map(fn($i) => $i * 2, range(0, 9)); $big[] = 'n'; echo json_encode($big), "\n";
$s = [3, 1, 2]; usort($s, fn($a, $b) => $a > $b); echo implode(',', $s), "\n";
--EXPECTF--
Array
(
    [3] => C
    [1] => A
    [2] => B
)
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => x
        )

    [1] => Array
        (
            [0] => 2
            [1] => y
        )

)
Array
(
    [0] => 1
    [2] => 2
    [4] => 3
)
Array
(
    [a] => 1
    [c] => 3
)
Array
(
    [a] => 1
    [b] => 2
)
20
1,3,5,9
Array
(
    [c] => 3
    [b] => 2
    [a] => 1
)
Array
(
    [a] => 1
    [b] => 2
    [c] => 3
)
Array
(
    [0] => 10
    [1] => 21
    [2] => 32
)
int(3)
bool(true)
bool(false)

Warning: byref(): Argument #1 ($x) must be passed by reference, value given in %s on line 17
Array
(
    [k] => orig
)
mapped
destruct 1
destruct 2
unset
at 2
[0,2,4,6,8,10,12,14,16,18,"n"]

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 27
1,2,3
