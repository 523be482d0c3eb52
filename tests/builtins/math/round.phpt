--TEST--
round with precision and modes (PHP 8.4)
--FILE--
<?php
var_dump(round(2.5), round(3.5), round(-2.5), round(1.955, 2), round(1234.5678, -2), round(5.045, 2), round(5.055, 2), round(3, 0), round(2.5, 0, PHP_ROUND_HALF_EVEN), round(2.5, 0, PHP_ROUND_HALF_DOWN), round(-1.5, 0, PHP_ROUND_HALF_ODD), round(0.285, 2));
--EXPECT--
float(3)
float(4)
float(-3)
float(1.96)
float(1200)
float(5.05)
float(5.06)
float(3)
float(2)
float(2)
float(-1)
float(0.29)
