--TEST--
DateTime and DateTimeImmutable keep their own time zone: constructor zone, setTimezone, modify, setTime, @timestamps
--FILE--
<?php
date_default_timezone_set('America/New_York');
$z = new DateTimeZone('Europe/Berlin'); var_dump($z->getName());
try { new DateTimeZone('Nope/Zone'); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$d = new DateTime('2024-06-15 10:00:00', $z); var_dump($d->format('c T U'), $d->getTimezone()->getName(), $d->getOffset());
$d->setTimezone(new DateTimeZone('Asia/Kolkata')); var_dump($d->format('c T'), $d->getTimestamp());
$d->modify('+1 day'); var_dump($d->format('c'));
$d->setTime(0, 0); var_dump($d->format('c'));
$i = new DateTimeImmutable('2024-01-01 00:00', new DateTimeZone('UTC')); $j = $i->setTimezone(new DateTimeZone('America/Los_Angeles'));
var_dump($i->format('c e'), $j->format('c e'));
var_dump(new DateTime('2024-03-01 12:00', new DateTimeZone('Australia/Sydney')));
$a = new DateTime('@86400'); var_dump($a->format('c e'), $a->getTimezone()->getName());
var_dump(date_default_timezone_get());
var_dump((new DateTime('2024-11-03 01:30:00'))->format('c T'), strtotime('2024-03-10 02:30:00'), date('c', mktime(2, 30, 0, 3, 10, 2024)));
--EXPECT--
string(13) "Europe/Berlin"
DateInvalidTimeZoneException: DateTimeZone::__construct(): Unknown or bad timezone (Nope/Zone)
string(41) "2024-06-15T10:00:00+02:00 CEST 1718438400"
string(13) "Europe/Berlin"
int(7200)
string(29) "2024-06-15T13:30:00+05:30 IST"
int(1718438400)
string(25) "2024-06-16T13:30:00+05:30"
string(25) "2024-06-16T00:00:00+05:30"
string(29) "2024-01-01T00:00:00+00:00 UTC"
string(45) "2023-12-31T16:00:00-08:00 America/Los_Angeles"
object(DateTime)#5 (3) {
  ["date"]=>
  string(26) "2024-03-01 12:00:00.000000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(16) "Australia/Sydney"
}
string(32) "1970-01-02T00:00:00+00:00 +00:00"
string(6) "+00:00"
string(16) "America/New_York"
string(29) "2024-11-03T01:30:00-04:00 EDT"
int(1710055800)
string(25) "2024-03-10T03:30:00-04:00"
