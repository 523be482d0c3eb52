--TEST--
array_rand and shuffle with a seeded generator
--FILE--
<?php
mt_srand(42);
var_dump(array_rand([1, 2, 3, 4, 5]));
var_dump(array_rand(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4], 2));
var_dump(array_rand(['a' => 1, 'b' => 2, 'c' => 3, 'd' => 4], 3));
$a = range(1, 10);
shuffle($a);
echo implode(',', $a), "\n";
try { array_rand([]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { array_rand([1], 2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(2)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "d"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "d"
}
10,1,2,9,4,8,6,5,3,7
array_rand(): Argument #1 ($array) must not be empty
array_rand(): Argument #2 ($num) must be between 1 and the number of elements in argument #1 ($array)
