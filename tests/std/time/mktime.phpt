--TEST--
mktime normalises overflowing parts and two-digit years
--FILE--
<?php
var_dump(mktime(0, 0, 0, 1, 1, 2000), mktime(25, 70, 70, 13, 32, 99), mktime(0, 0, 0, 2, 30, 2024));
var_dump(gmmktime(12, 0, 0, 6, 15, 1985), mktime(0, 0, 0, 0, 0, 0), mktime(0, 0, 0, 1, 1, 70), mktime(0, 0, 0, 1, 1, 100), mktime(0, 0, 0, 1, 1, 101));
var_dump(mktime(-1, 0, 0, 1, 1, 2000), mktime(0, 0, 0, -1, 1, 2000), mktime(0, 0, 0, 3, 0, 2024));
var_dump(date('Y-m-d', mktime(0, 0, 0, 12, 31, 1969)));
--EXPECT--
int(946684800)
int(949457470)
int(1709251200)
int(487684800)
int(943920000)
int(0)
int(946684800)
int(-58979923200)
int(946681200)
int(941414400)
int(1709164800)
string(10) "1969-12-31"
