--TEST--
references inside arrays survive copies
--FILE--
<?php
$x = 1;
$arr = [&$x, 2];
$copy = $arr;
$copy[0] = 'through copy';
var_dump($x, $arr[0]);
$copy[1] = 'not shared'; var_dump($arr[1]);
--EXPECT--
string(12) "through copy"
string(12) "through copy"
int(2)
