--TEST--
using scalars as arrays: reading null gives null, writing to a string or int fails
--FILE--
<?php
$n = null; var_dump($n['x']);
$i = 5; var_dump($i['x']);
try { $i['x'] = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f = false; $f[] = 1; var_dump($f);
--EXPECTF--

Warning: Trying to access array offset on null in %s on line 2
NULL

Warning: Trying to access array offset on int in %s on line 3
NULL
Cannot use a scalar value as an array

Deprecated: Automatic conversion of false to array is deprecated in %s on line 5
array(1) {
  [0]=>
  int(1)
}
