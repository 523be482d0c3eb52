--TEST--
one object as key in two maps: both entries vanish when it dies
--FILE--
<?php
$m1 = new WeakMap; $m2 = new WeakMap;
$k = new stdClass;
$m1[$k] = 1; $m2[$k] = 2;
$w = WeakReference::create($k);
unset($k);
var_dump(count($m1), count($m2), $w->get());
--EXPECT--
int(0)
int(0)
NULL
