--TEST--
clone of a WeakMap copies the entries into an independent map
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $b = new stdClass;
$m[$a] = 1;
$c = clone $m;
$c[$b] = 2;
$c[$a] = 100;
var_dump(count($m), count($c), $m[$a], $c[$a]);
unset($a);
var_dump(count($m), count($c));
--EXPECT--
int(1)
int(2)
int(1)
int(100)
int(0)
int(1)
