--TEST--
array_map (with keys, multiple arrays, null callback), array_filter modes, array_reduce
--FILE--
<?php
var_dump(array_map(fn($x) => $x * 2, ['a' => 1, 'b' => 2]), array_map(fn($x, $y) => $x . $y, [1, 2], ['a', 'b', 'c']), array_map(null, [1, 2], [3, 4]));
var_dump(array_filter([0, 1, '', null, 'a', false, [], '0']), array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY), array_filter([1, 2, 3, 4], fn($v, $k) => $v % 2 && $k > 0, ARRAY_FILTER_USE_BOTH));
var_dump(array_reduce([1, 2, 3], fn($c, $i) => $c + $i, 10), array_reduce([], fn($c, $i) => 0), array_reduce(['a', 'b'], fn($c, $i) => $c . $i, ''));
--EXPECT--
array(2) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(4)
}
array(3) {
  [0]=>
  string(2) "1a"
  [1]=>
  string(2) "2b"
  [2]=>
  string(1) "c"
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(3)
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(4)
  }
}
array(2) {
  [1]=>
  int(1)
  [4]=>
  string(1) "a"
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(1) {
  [2]=>
  int(3)
}
int(16)
NULL
string(2) "ab"
