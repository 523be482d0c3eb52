--TEST--
key A's value references key B of another map and vice versa
--FILE--
<?php
$m1 = new WeakMap;
$m2 = new WeakMap;
$a = new stdClass; $b = new stdClass;
$m1[$a] = $b;
$m2[$b] = $a;
unset($a, $b);
var_dump(count($m1), count($m2));
var_dump(gc_collect_cycles());
var_dump(count($m1), count($m2));
--EXPECT--
int(1)
int(1)
int(2)
int(0)
int(0)
