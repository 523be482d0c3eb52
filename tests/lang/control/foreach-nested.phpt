--TEST--
nested foreach over nested arrays with keys
--FILE--
<?php
$m = ['r1' => ['a' => 1, 'b' => 2], 'r2' => ['c' => 3]];
foreach ($m as $row => $cols) { foreach ($cols as $col => $val) { echo "$row.$col=$val\n"; } }
--EXPECT--
r1.a=1
r1.b=2
r2.c=3
