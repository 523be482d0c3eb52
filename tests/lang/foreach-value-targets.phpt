--TEST--
foreach by value: the classic write through a reference left by a by-reference loop, keys, appends during the loop, destructuring, destructor timing
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$r) {} // $r stays a reference to $a[2]
foreach ($a as $r) {}  // the classic: writes through the reference
var_dump($a);
unset($r);
$b = ['x' => [1], 'y' => new stdClass, 'z' => "s" . 1];
foreach ($b as $k => $v) { echo $k, " ", gettype($v), "\n"; }
debug_zval_dump($v);
$x = 1; $y = &$x;
foreach ([10, 20] as $y) {} var_dump($x);
$arr = [1, 2, 3];
foreach ($arr as $i => $v) { if ($i == 0) { $arr[] = 4; } echo $v; } echo "\n";
foreach ([[1, 2], [3, 4]] as [$p, $q]) { echo $p + $q, " "; } echo "\n";
class D { function __destruct() { echo "dtor\n"; } }
$objs = [new D, new D];
foreach ($objs as $o) { echo "step\n"; }
$objs = null; echo "after\n"; unset($o); echo "end\n";
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  &int(2)
}
x array
y object
z string
string(2) "s1" interned
int(20)
123
3 7 
step
step
dtor
after
dtor
end
