--TEST--
mktime, gmmktime, checkdate with UTC default timezone
--FILE--
<?php
var_dump(mktime(0, 0, 0, 1, 1, 2000), gmmktime(12, 30, 0, 6, 15, 2021), mktime(0, 0, 0, 13, 1, 2020), mktime(0, 0, 0, 2, 30, 2021), checkdate(2, 29, 2024), checkdate(2, 29, 2023), date_default_timezone_get());
--EXPECT--
int(946684800)
int(1623760200)
int(1609459200)
int(1614643200)
bool(true)
bool(false)
string(3) "UTC"
