--TEST--
first-class callable syntax strlen(...), methods and static methods
--FILE--
<?php
$len = strlen(...);
var_dump($len("four"), $len instanceof Closure);
class M { function twice($x) { return $x * 2; } static function neg($x) { return -$x; } }
$t = (new M)->twice(...); $n = M::neg(...);
var_dump($t(21), $n(5), array_map($n, [1, 2]));
function userFn(int ...$a) { return array_sum($a); }
$u = userFn(...); var_dump($u(1, 2, 3));
--EXPECT--
int(4)
bool(true)
int(42)
int(-5)
array(2) {
  [0]=>
  int(-1)
  [1]=>
  int(-2)
}
int(6)
