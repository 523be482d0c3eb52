--TEST--
basic WeakMap offsetSet/Get/Exists/Unset through array syntax
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m[$k] = 'value';
var_dump($m[$k]);
var_dump(isset($m[$k]));
unset($m[$k]);
var_dump(isset($m[$k]));
var_dump(count($m));
--EXPECT--
string(5) "value"
bool(true)
bool(false)
int(0)
