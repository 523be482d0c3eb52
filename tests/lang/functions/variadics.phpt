--TEST--
variadic parameters and argument unpacking
--FILE--
<?php
function sum(...$nums) { return array_sum($nums); }
function head($first, ...$rest) { return [$first, $rest]; }
var_dump(sum(), sum(1, 2, 3), sum(...[4, 5]), sum(1, ...[2, 3], ...[4]));
var_dump(head(1, 2, 3));
function typed(int ...$ints) { return $ints; }
var_dump(typed(1, 2));
$gen = (function () { yield 1; yield 2; })();
var_dump(sum(...$gen));
--EXPECT--
int(0)
int(6)
int(9)
int(10)
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(3)
