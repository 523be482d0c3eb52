--TEST--
a closure can be a key and its entry vanishes with it
--FILE--
<?php
$m = new WeakMap;
$f = function () {};
$m[$f] = 'closure';
var_dump(count($m));
unset($f);
var_dump(count($m));
--EXPECT--
int(1)
int(0)
