--TEST--
Callbacks from builtins given fewer, as many and more arguments than parameters
--FILE--
<?php
// Callbacks called from builtins with fewer, as many and more arguments than parameters.
function show(...$a) { echo json_encode($a), "\n"; }
$w = [1, 2];
array_walk($w, function ($v) { show(func_get_args()); });
$arr = ['a' => 1, 'b' => 2];
array_walk($arr, function ($v, $k, $extra = 'none') { show($v, $k, $extra); }, 'given');
echo json_encode(array_map(fn($x, $y = 10) => $x + $y, [1, 2])), "\n";
echo json_encode(array_map(fn($x, $y) => [$x, $y], [1, 2], [3])), "\n";
usort($arr, function ($a, $b) { return func_num_args() * ($a <=> $b); });
echo json_encode($arr), "\n";
try {
    array_map(function ($a, $b) { return $a; }, [1]);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", preg_replace('/\{closure:[^}]*\}/', '{closure}', $e->getMessage()), "\n";
}
$typed = function (int $i, string ...$rest) { return $i . '|' . implode(',', $rest); };
echo call_user_func($typed, '5', 6, 7), "\n";
echo implode(' ', array_map(function ($v) use ($arr) { return $v * count($arr); }, [1, 2])), "\n";
$o = new class { public $n = 3; function m($x) { return $x * $this->n; } };
echo implode(' ', array_map([$o, 'm'], [1, 2])), "\n";
echo implode(' ', array_filter([1, 0, 2, null, 3], fn($v, $k) => $v && $k % 2 == 0, ARRAY_FILTER_USE_BOTH)), "\n";
--EXPECT--
[[1,0]]
[[2,1]]
[1,"a","given"]
[2,"b","given"]
[11,12]
[[1,3],[2,null]]
[1,2]
ArgumentCountError: Too few arguments to function {closure}(), 1 passed and exactly 2 expected
5|6,7
2 4
3 6
1 2 3
