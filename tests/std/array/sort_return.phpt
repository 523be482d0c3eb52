--TEST--
sort functions return true and accept by-reference arrays only
--FILE--
<?php
$a = [2, 1];
var_dump(sort($a), rsort($a), usort($a, fn($x, $y) => $x <=> $y), ksort($a), natsort($a));
try { $s = 'str'; sort($s); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
sort(): Argument #1 ($array) must be of type array, string given
