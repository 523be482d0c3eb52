--TEST--
floats are written with serialize_precision
--FILE--
<?php
echo serialize([0.1 + 0.2, 1/3, 1e25, 2.5e-7, 100.0, -1.0]), "\n";


--EXPECT--
a:6:{i:0;d:0.30000000000000004;i:1;d:0.3333333333333333;i:2;d:1.0E+25;i:3;d:2.5E-7;i:4;d:100;i:5;d:-1;}
