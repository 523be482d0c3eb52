--TEST--
count() of a WeakMap with several keys
--FILE--
<?php
$m = new WeakMap;
$keys = [];
for ($i = 0; $i < 5; $i++) { $keys[$i] = new stdClass; $m[$keys[$i]] = $i; }
var_dump(count($m));
unset($m[$keys[2]]);
var_dump(count($m));
--EXPECT--
int(5)
int(4)
