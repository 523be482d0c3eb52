--TEST--
gmdate, idate and getdate on fixed timestamps
--FILE--
<?php
echo gmdate('Y-m-d H:i', 86400 * 365), "\n";
var_dump(idate('Y', 1700000000), getdate(1700000000)['weekday'], localtime(0, true)['tm_year']);
--EXPECT--
1971-01-01 00:00
int(2023)
string(7) "Tuesday"
int(70)
