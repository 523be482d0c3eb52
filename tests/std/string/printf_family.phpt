--TEST--
printf, vprintf and vsprintf return values and output
--FILE--
<?php
$n = printf("%s has %d items costing %.2f\n", "cart", 3, 9.5);
var_dump($n);
$n = vprintf("%2\$s-%1\$s\n", ["a", "b"]);
var_dump($n, vsprintf("%05.1f|%x", [3.14159, 255]), vsprintf("none", []));
printf("%s\n", [1]);
--EXPECTF--
cart has 3 items costing 9.50
int(30)
b-a
int(4)
string(8) "003.1|ff"
string(4) "none"

Warning: Array to string conversion in %s on line 6
Array
