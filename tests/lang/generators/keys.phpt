--TEST--
generators with explicit and implicit keys
--FILE--
<?php
function g() { yield 'a' => 1; yield 2; yield 10 => 3; yield 4; yield 'b' => 5; yield 6; }
foreach (g() as $k => $v) echo var_export($k, true), " => $v\n";
--EXPECT--
'a' => 1
0 => 2
10 => 3
11 => 4
'b' => 5
12 => 6
