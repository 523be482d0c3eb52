--TEST--
$r = &$m[$k] binds a reference to the entry
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m[$k] = 1;
$r = &$m[$k];
$r = 5;
var_dump($m[$k]);
--EXPECT--
int(5)
