--TEST--
The procedural date functions (date_create, date_create_immutable, date_format, date_diff, date_add, date_sub, date_modify, date_timestamp_get/set, date_date_set, date_time_set, date_offset_get, date_interval_format)
--FILE--
<?php
date_default_timezone_set('UTC');
$d = date_create('2024-01-15 10:30:00'); var_dump(get_class($d), date_format($d, 'Y-m-d H:i'));
var_dump(date_create('not a date at all'));
$i = date_create_immutable('2024-03-01'); var_dump(get_class($i), date_format($i, 'D'));
$diff = date_diff(date_create('2024-01-01'), date_create('2024-03-15')); var_dump(date_interval_format($diff, '%m months %d days'), $diff->days);
$d2 = date_add(date_create('2024-01-31'), new DateInterval('P1D')); var_dump(date_format($d2, 'Y-m-d'));
$d3 = date_sub(date_create('2024-01-01'), new DateInterval('P1M')); var_dump(date_format($d3, 'Y-m-d'));
var_dump(date_timestamp_get(date_create('@86400')));
$d4 = date_create('2024-01-01'); date_timestamp_set($d4, 0); var_dump(date_format($d4, 'Y-m-d'));
$d5 = date_create('2024-01-01'); date_date_set($d5, 2020, 2, 29); date_time_set($d5, 13, 14); var_dump(date_format($d5, 'Y-m-d H:i:s'));
$d6 = date_create('2024-01-01'); var_dump(date_format(date_modify($d6, '+1 week'), 'Y-m-d'));
try { date_format("x", "Y"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(date_offset_get(date_create('2024-06-01')));
--EXPECT--
string(8) "DateTime"
string(16) "2024-01-15 10:30"
bool(false)
string(17) "DateTimeImmutable"
string(3) "Fri"
string(16) "2 months 14 days"
int(74)
string(10) "2024-02-01"
string(10) "2023-12-01"
int(86400)
string(10) "1970-01-01"
string(19) "2020-02-29 13:14:00"
string(10) "2024-01-08"
date_format(): Argument #1 ($object) must be of type DateTimeInterface, string given
int(0)
