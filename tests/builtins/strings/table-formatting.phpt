--TEST--
formatting a table with str_pad and sprintf
--FILE--
<?php
$rows = [['apple', 3, 1.5], ['kiwi', 12, 0.25]];
foreach ($rows as [$n, $q, $p]) { echo str_pad($n, 8), str_pad((string) $q, 4, ' ', STR_PAD_LEFT), sprintf("%8.2f", $p), "\n"; }
--EXPECT--
apple      3    1.50
kiwi      12    0.25
