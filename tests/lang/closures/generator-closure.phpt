--TEST--
closures can be generators
--FILE--
<?php
$gen = function ($n) { for ($i = 0; $i < $n; $i++) yield $i => $i * $i; };
foreach ($gen(4) as $k => $v) echo "$k:$v ";
echo "\n";
--EXPECT--
0:0 1:1 2:4 3:9 
