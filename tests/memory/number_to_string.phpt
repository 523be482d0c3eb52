--TEST--
converting numbers to strings
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$n = 123456; $f = 3.25; $small = 5;
$b = mem();
$s1 = (string) $n;
echo "int to string: ", mem() - $b, "\n";
$b = mem();
$s2 = (string) $f;
echo "float to string: ", mem() - $b, "\n";
$b = mem();
$s3 = (string) $small;
echo "one digit: ", mem() - $b, "\n";
$b = mem();
$s4 = strval(PHP_INT_MAX);
echo "PHP_INT_MAX: ", mem() - $b, "\n";
--EXPECT--
start
int to string: 32
float to string: 32
one digit: 0
PHP_INT_MAX: 48
