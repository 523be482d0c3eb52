--TEST--
mt_rand sequences are reproducible after mt_srand
--FILE--
<?php
mt_srand(1);
echo mt_rand(), " ", mt_rand(), " ", mt_rand(1, 100), " ", mt_rand(1, 6), "\n";
mt_srand(12345);
$a = []; for ($i = 0; $i < 10; $i++) $a[] = mt_rand(0, 99);
echo implode(",", $a), "\n";
mt_srand(3); echo rand(), " ", rand(1, 10), "\n";
mt_srand(5, MT_RAND_PHP); echo mt_rand(1, 100), "\n";
var_dump(mt_getrandmax(), getrandmax());
--EXPECTF--
895547922 2141438069 25 3
90,81,85,53,84,37,10,58,21,50
1182829493 9

Deprecated: Constant MT_RAND_PHP is deprecated in %s on line 8

Deprecated: The MT_RAND_PHP variant of Mt19937 is deprecated in %s on line 8
78
int(2147483647)
int(2147483647)
