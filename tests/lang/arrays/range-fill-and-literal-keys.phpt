--TEST--
range() lists and string-keyed array literals: keys, order, next index, memory
--FILE--
<?php
// range() fills its list in one block: sizes, keys, next index, memory; array literals'
// string keys written as their buckets are made.
$r = range(0, 2000);
var_dump(count($r), $r[0], $r[2000], array_key_last($r));
$r[] = 'x';
var_dump(array_key_last($r));
$m0 = memory_get_usage();
$a = range(1, 1000);
echo memory_get_usage() - $m0, "\n";
$b = range(10, 1, 3);
var_dump($b);
$c = range(5, 5);
var_dump($c);
$d = range(-3, 3, 2);
echo implode(",", $d), "\n";
echo implode(",", range(PHP_INT_MAX - 2, PHP_INT_MAX)), "\n";
echo implode(",", range(PHP_INT_MIN, PHP_INT_MIN + 2)), "\n";
debug_zval_dump(range(1, 3));
// Keys written by literal: duplicates, numeric strings, order.
$e = ['id' => 1, 'name' => 'n', 'id' => 2, '7' => 'seven', '-3' => 'm', '07' => 'z', 'tags' => [1]];
var_dump($e);
$e[] = 'next';
var_dump(array_keys($e));
--EXPECT--
int(2001)
int(0)
int(2000)
int(2000)
int(2001)
20536
array(4) {
  [0]=>
  int(10)
  [1]=>
  int(7)
  [2]=>
  int(4)
  [3]=>
  int(1)
}
array(1) {
  [0]=>
  int(5)
}
-3,-1,1,3
9223372036854775805,9223372036854775806,9223372036854775807
-9223372036854775808,-9223372036854775807,-9223372036854775806
array(3) packed refcount(1){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(6) {
  ["id"]=>
  int(2)
  ["name"]=>
  string(1) "n"
  [7]=>
  string(5) "seven"
  [-3]=>
  string(1) "m"
  ["07"]=>
  string(1) "z"
  ["tags"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(7) {
  [0]=>
  string(2) "id"
  [1]=>
  string(4) "name"
  [2]=>
  int(7)
  [3]=>
  int(-3)
  [4]=>
  string(2) "07"
  [5]=>
  string(4) "tags"
  [6]=>
  int(8)
}
