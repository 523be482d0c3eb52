--TEST--
strtotime with absolute dates and relative to a fixed base
--FILE--
<?php
$base = 1700000000;
foreach (['2024-02-29 12:00:00', '@86400', '+1 day', 'next monday', 'last day of next month', '1 week ago', 'tomorrow', '2021-13-45'] as $s) { $r = strtotime($s, $base); echo $s, " => ", $r === false ? 'false' : date('Y-m-d H:i:s', $r), "\n"; }
--EXPECT--
2024-02-29 12:00:00 => 2024-02-29 12:00:00
@86400 => 1970-01-02 00:00:00
+1 day => 2023-11-15 22:13:20
next monday => 2023-11-20 00:00:00
last day of next month => 2023-12-31 22:13:20
1 week ago => 2023-11-07 22:13:20
tomorrow => 2023-11-15 00:00:00
2021-13-45 => false
