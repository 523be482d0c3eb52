--TEST--
float to string conversion uses precision 14 for echo and 17 for var_dump (serialize_precision -1)
--FILE--
<?php
$f = 0.1 + 0.7;
echo $f, "\n"; var_dump($f); echo $f * 10, "\n"; var_dump((string) $f, json_encode($f), 1/3, 2/3 * 3);
echo 1e14, " ", 1e15, " ", 123456789012345678, " ", 0.1 + 0.2 == 0.3 ? "eq" : "ne", "\n";
--EXPECT--
0.8
float(0.7999999999999999)
8
string(3) "0.8"
string(18) "0.7999999999999999"
float(0.3333333333333333)
float(2)
1.0E+14 1.0E+15 123456789012345678 ne
