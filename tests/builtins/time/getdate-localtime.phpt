--TEST--
getdate and localtime, in UTC and in a time zone with DST
--FILE--
<?php
print_r(getdate(1700000000)); print_r(localtime(1700000000)); print_r(localtime(0, true));
date_default_timezone_set("Europe/Paris"); print_r(getdate(1700000000)); print_r(localtime(1690000000, true));
--EXPECT--
Array
(
    [seconds] => 20
    [minutes] => 13
    [hours] => 22
    [mday] => 14
    [wday] => 2
    [mon] => 11
    [year] => 2023
    [yday] => 317
    [weekday] => Tuesday
    [month] => November
    [0] => 1700000000
)
Array
(
    [0] => 20
    [1] => 13
    [2] => 22
    [3] => 14
    [4] => 10
    [5] => 123
    [6] => 2
    [7] => 317
    [8] => 0
)
Array
(
    [tm_sec] => 0
    [tm_min] => 0
    [tm_hour] => 0
    [tm_mday] => 1
    [tm_mon] => 0
    [tm_year] => 70
    [tm_wday] => 4
    [tm_yday] => 0
    [tm_isdst] => 0
)
Array
(
    [seconds] => 20
    [minutes] => 13
    [hours] => 23
    [mday] => 14
    [wday] => 2
    [mon] => 11
    [year] => 2023
    [yday] => 317
    [weekday] => Tuesday
    [month] => November
    [0] => 1700000000
)
Array
(
    [tm_sec] => 40
    [tm_min] => 26
    [tm_hour] => 6
    [tm_mday] => 22
    [tm_mon] => 6
    [tm_year] => 123
    [tm_wday] => 6
    [tm_yday] => 202
    [tm_isdst] => 1
)
