--TEST--
date() with fixed timestamps in UTC
--FILE--
<?php
$t = 1700000000;
echo date('Y-m-d H:i:s', $t), "\n", date('D, d M Y', $t), "\n", date('N jS F y, g:i a', $t), "\n", date('L W t z', $t), "\n", date('c', $t), "\n", date('r', $t), "\n", date('U', $t), "\n", date('\Y\e\a\r: Y', 0), "\n";
--EXPECT--
2023-11-14 22:13:20
Tue, 14 Nov 2023
2 14th November 23, 10:13 pm
0 46 30 317
2023-11-14T22:13:20+00:00
Tue, 14 Nov 2023 22:13:20 +0000
1700000000
Year: 1970
