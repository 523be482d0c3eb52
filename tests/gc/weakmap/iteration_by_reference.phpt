--TEST--
foreach by reference over a WeakMap modifies values
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $b = new stdClass;
$m[$a] = 1; $m[$b] = 2;
foreach ($m as $k => &$v) $v *= 10;
unset($v);
var_dump($m[$a], $m[$b]);
--EXPECT--
int(10)
int(20)
