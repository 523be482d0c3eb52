--TEST--
array to string conversion warns and prints Array
--FILE--
<?php
$a = [1];
echo "value: " . $a . "\n";
$s = (string) [1, 2];
var_dump($s);
--EXPECTF--

Warning: Array to string conversion in %s on line 3
value: Array

Warning: Array to string conversion in %s on line 4
string(5) "Array"
