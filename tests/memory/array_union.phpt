--TEST--
Array union memory
--FILE--
<?php
// Array union always copies its left operand (zend_array_dup), even when nothing is added.
$a = [1, 2]; $b = [0 => 9];
$m0 = memory_get_usage(); $x = $a + $b; echo memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage(); $y = $a + []; echo memory_get_usage() - $m0, "\n";
$e = []; $m0 = memory_get_usage(); $z = $e + $e; echo memory_get_usage() - $m0, "\n";
--EXPECT--
216
216
56
