--TEST--
time, microtime and hrtime shapes
--FILE--
<?php
$t = time();
var_dump(is_int($t), $t > 1600000000);
$m = microtime();
var_dump(preg_match('/^0\.\d{8} \d+$/', $m));
$f = microtime(true);
var_dump(is_float($f), abs($f - $t) < 5);
$h = hrtime();
var_dump(count($h), is_int($h[0]), is_int($h[1]), $h[1] < 1000000000);
$a = hrtime(true); $b = hrtime(true);
var_dump(is_int($a), $b >= $a);
var_dump(date('Y') >= 2024, strlen(date('c')));
--EXPECT--
bool(true)
bool(true)
int(1)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(25)
