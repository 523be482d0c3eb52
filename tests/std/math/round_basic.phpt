--TEST--
round with precision, negative precision and pre-rounding
--FILE--
<?php
var_dump(round(2.5), round(-2.5), round(3.5), round(1.955, 2), round(5.045, 2), round(5.055, 2), round(1.45, 1), round(-1.45, 1), round(0.285, 2), round(1234567.891, -3), round(15, -1), round(5, 2), round(-0.4), round(0.49999999999999994), round(1e20, 2), round(3.14159, 10), round(INF), round(NAN), round("2.5"), round(1.0000000000000002, 15), round(0.1 + 0.2, 15));
--EXPECT--
float(3)
float(-3)
float(4)
float(1.96)
float(5.05)
float(5.06)
float(1.5)
float(-1.5)
float(0.29)
float(1235000)
float(20)
float(5)
float(-0)
float(0)
float(1.0E+20)
float(3.14159)
float(INF)
float(NAN)
float(3)
float(1)
float(0.3)
