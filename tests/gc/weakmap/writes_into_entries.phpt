--TEST--
writes into WeakMap entries in place: nested dims, properties, references
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass; $k2 = new stdClass;
$m[$k] = [1];
$m[$k][] = 2;
$m[$k2] = new stdClass;
$m[$k2]->x = 5;
$r = &$m[$k];
$r[] = 3;
var_dump($m[$k], $m[$k2]);
var_dump(count($m));
try { $z = &$m[new stdClass]; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
unset($r);
$m[$k] .= '';
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
object(stdClass)#4 (1) {
  ["x"]=>
  int(5)
}
int(2)
Error: Object stdClass#5 not contained in WeakMap

Warning: Array to string conversion in %s on line 14
