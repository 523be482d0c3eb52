--TEST--
compound assignment operators
--FILE--
<?php
$x = 10; $x += 5; $x -= 3; $x *= 2; $x /= 4; var_dump($x);
$y = 17; $y %= 5; $y **= 3; $y <<= 1; $y >>= 2; $y |= 1; $y &= 7; $y ^= 2; var_dump($y);
$a = $b = $c = 4; var_dump($a + $b + $c);
--EXPECT--
int(6)
int(7)
int(12)
