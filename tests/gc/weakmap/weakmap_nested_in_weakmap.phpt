--TEST--
a WeakMap used as a value of another WeakMap
--FILE--
<?php
$outer = new WeakMap;
$k1 = new stdClass;
$k2 = new stdClass;
$outer[$k1] = new WeakMap;
$outer[$k1][$k2] = 'inner';
var_dump($outer[$k1][$k2]);
unset($k2);
var_dump(count($outer[$k1]));
unset($k1);
var_dump(count($outer));
--EXPECT--
string(5) "inner"
int(0)
int(0)
