--TEST--
date() in named time zones with DST
--FILE--
<?php
date_default_timezone_set('Europe/Paris');
echo date('Y-m-d H:i:s T P I e', 1700000000), "\n";
echo date('Y-m-d H:i:s T P I', 1690000000), "\n";
var_dump(mktime(12, 0, 0, 7, 1, 2023), strtotime('2023-07-01 12:00:00'));
date_default_timezone_set('America/New_York');
echo date('c T', 0), "\n";
date_default_timezone_set('Asia/Kolkata');
echo date('c T', 1700000000), "\n";
--EXPECT--
2023-11-14 23:13:20 CET +01:00 0 Europe/Paris
2023-07-22 06:26:40 CEST +02:00 1
int(1688205600)
int(1688205600)
1969-12-31T19:00:00-05:00 EST
2023-11-15T03:43:20+05:30 IST
