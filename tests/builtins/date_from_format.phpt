--TEST--
date_create_from_format and date_create_immutable_from_format
--FILE--
<?php
$d = date_create_from_format('Y-m-d', '2024-02-03'); var_dump(get_class($d), date_format($d, 'Y-m-d'), date_create_from_format('Y-m-d', 'garbage'));
$i = date_create_immutable_from_format('!d/m/Y', '15/08/2023');
var_dump(get_class($i), $i->format('Y-m-d H:i:s'));
var_dump(date_create_from_format('!Y-m-d H:i', '2020-01-01 10:30', new DateTimeZone('UTC'))->format(DATE_ATOM));
try { date_create_from_format(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(8) "DateTime"
string(10) "2024-02-03"
bool(false)
string(17) "DateTimeImmutable"
string(19) "2023-08-15 00:00:00"
string(25) "2020-01-01T10:30:00+00:00"
date_create_from_format() expects at least 2 arguments, 0 given
