--TEST--
writing an existing key replaces the value and keeps count
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m[$k] = 1;
$m[$k] = 2;
var_dump($m[$k], count($m));
--EXPECT--
int(2)
int(1)
