--TEST--
user-callback diff and intersect variants
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 'c' => 3];
$b = ['A' => 1, 'B' => 5, 'c' => 3];
$cmp = fn($x, $y) => $x <=> $y;
$kcmp = fn($x, $y) => strcasecmp($x, $y);
var_dump(array_udiff($a, $b, $cmp));
var_dump(array_uintersect($a, $b, $cmp));
var_dump(array_diff_ukey($a, $b, $kcmp));
var_dump(array_intersect_ukey($a, $b, $kcmp));
var_dump(array_udiff_assoc($a, $b, $cmp));
var_dump(array_uintersect_assoc($a, $b, $cmp));
var_dump(array_diff_uassoc($a, $b, $kcmp));
var_dump(array_intersect_uassoc($a, $b, $kcmp));
var_dump(array_udiff_uassoc($a, $b, $cmp, $kcmp));
var_dump(array_uintersect_uassoc($a, $b, $cmp, $kcmp));
try { array_udiff([1], [2]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(1) {
  ["b"]=>
  int(2)
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(0) {
}
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(1) {
  ["c"]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array_udiff(): Argument #2 must be a valid callback, array callback must have exactly two members
