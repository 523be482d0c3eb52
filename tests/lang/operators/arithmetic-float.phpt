--TEST--
float arithmetic and float printing
--FILE--
<?php
var_dump(0.1 + 0.2, 1.5 * 2, 10 / 4, 1e3, 1.0, -0.0, 7.0 / 2, 2.5 ** 2, 1 / 3);
echo 0.1 + 0.2, "\n", 1e20, "\n", 1e21, "\n", 1/3, "\n", 100.0, "\n", -1.5e-7, "\n";
--EXPECT--
float(0.30000000000000004)
float(3)
float(2.5)
float(1000)
float(1)
float(-0)
float(3.5)
float(6.25)
float(0.3333333333333333)
0.3
1.0E+20
1.0E+21
0.33333333333333
100
-1.5E-7
