--TEST--
float array keys are truncated with a deprecation when fractional
--FILE--
<?php
$a = [];
$a[1.0] = 'one';
$a[2.7] = 'two';
$a[true] = 'true';
$a[null] = 'null';
var_dump($a);
--EXPECTF--

Deprecated: Implicit conversion from float 2.7 to int loses precision in %s on line 4
array(3) {
  [1]=>
  string(4) "true"
  [2]=>
  string(3) "two"
  [""]=>
  string(4) "null"
}
