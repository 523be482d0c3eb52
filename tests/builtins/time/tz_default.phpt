--TEST--
the default time zone: formats, DST gaps, invalid zone names
--FILE--
<?php
date_default_timezone_set('America/New_York');
var_dump(date_default_timezone_get(), date('Y-m-d H:i:s T P e I', 1700000000), date('Y-m-d H:i:s T', 1690000000), mktime(12, 0, 0, 7, 4, 2024), strtotime('2024-03-10 02:30:00'), date('c', 0));
$d = new DateTime('2024-01-15 10:00:00'); var_dump($d->format('c T U'), $d->getTimezone()->getName(), $d->getOffset());
$d2 = new DateTime('2024-06-15 10:00:00', new DateTimeZone('Europe/Berlin')); var_dump($d2->format('c T'));
$d2->setTimezone(new DateTimeZone('Asia/Kolkata')); var_dump($d2->format('c T'));
var_dump(date_default_timezone_set('Nope/Zone'));
--EXPECTF--
string(16) "America/New_York"
string(49) "2023-11-14 17:13:20 EST -05:00 America/New_York 0"
string(23) "2023-07-22 00:26:40 EDT"
int(1720108800)
int(1710055800)
string(25) "1969-12-31T19:00:00-05:00"
string(40) "2024-01-15T10:00:00-05:00 EST 1705330800"
string(16) "America/New_York"
int(-18000)
string(30) "2024-06-15T10:00:00+02:00 CEST"
string(29) "2024-06-15T13:30:00+05:30 IST"

Notice: date_default_timezone_set(): Timezone ID 'Nope/Zone' is invalid in %s on line 7
bool(false)
