--TEST--
Builtins and built-in methods whose arguments are arithmetic on numbers are called straight away: results, by-reference parameters beside them, errors and traces as PHP's
--FILE--
<?php
$i = 5; $s = "abcdefghij"; $arr = [1];
echo str_repeat('ab', $i - 2), " ", substr($s, $i - 3, $i - 1), " ", max($i + 1, 2, $i * 2), " ", abs($i - 9), "\n";
array_push($arr, $i + 1, $i * 3); echo implode(',', $arr), "\n";
try { echo str_repeat('x', $i - 9), "\n"; } catch (ValueError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
echo round($i / 3, $i - 3), " ", intdiv($i * 7, $i - 2), " ", str_pad('7', $i - 1, '0', STR_PAD_LEFT), "\n";
try { echo intdiv(1, $i - 5), "\n"; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
echo strlen(str_repeat('z', $i << 3)), " ", chr($i + 60), " ", dechex($i * 51), "\n";
$o = new ArrayObject([1, 2, 3]); echo $o->offsetGet($i - 4), " ", count($o), "\n";
--EXPECTF--
ababab cdef 10 4
1,6,15
str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(5): str_repeat('x', -4)
#1 {main}
1.67 11 0007
Division by zero
40 A ff
2 3
