--TEST--
division by zero in compound assignments to variables, elements and properties
--FILE--
<?php
class Q { public static int $t = 5; public static $u = 5; public int $p = 5; public $q = 5; }
try { Q::$t /= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { Q::$u /= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
$o = new Q;
try { $o->p /= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { $o->q %= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
$x = 5;
try { $x /= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
$a = [5];
try { $a[0] /= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
var_dump(Q::$t, Q::$u, $o->p, $o->q, $x, $a);
--EXPECT--
Division by zero
Division by zero
Division by zero
Modulo by zero
Division by zero
Division by zero
int(0)
int(5)
int(0)
int(5)
int(5)
array(1) {
  [0]=>
  int(5)
}
