--TEST--
array_walk passes elements by reference, keys and the extra argument
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 'c' => 3];
array_walk($a, function (&$v, $k, $p) { $v = "$p$k=$v"; }, '>');
var_dump($a);
$b = [1, 2, 3];
var_dump(array_walk($b, function ($v, $k) { echo "$k:$v\n"; }));
try { array_walk($b, 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  ["a"]=>
  string(4) ">a=1"
  ["b"]=>
  string(4) ">b=2"
  ["c"]=>
  string(4) ">c=3"
}
0:1
1:2
2:3
bool(true)
array_walk(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
