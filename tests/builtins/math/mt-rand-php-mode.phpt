--TEST--
MT_RAND_PHP legacy mode, rand() with reversed bounds
--FILE--
<?php
// MT_RAND_PHP: the legacy twist and scaling; rand() with reversed bounds.
mt_srand(42, MT_RAND_PHP);
$a = []; for ($i = 0; $i < 8; $i++) $a[] = mt_rand(1, 1000);
echo implode(",", $a), "\n";
$b = []; for ($i = 0; $i < 700; $i++) $b[] = mt_rand();
echo array_sum($b) % 100000, " ", $b[699], "\n";
mt_srand(42);
echo mt_rand(1, 1000), " ", rand(10, 1), " ", rand(5, 5), "\n";
mt_srand(7, MT_RAND_MT19937);
echo mt_rand(0, 9), mt_rand(0, 9), mt_rand(0, 9), "\n";
try { mt_rand(5, 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Deprecated: Constant MT_RAND_PHP is deprecated in %s on line 3

Deprecated: The MT_RAND_PHP variant of Mt19937 is deprecated in %s on line 3
631,797,951,815,274,223,406,400
89610 1936334526
543 8 5
521
mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)
