--TEST--
DateTime family basics
--FILE--
<?php
// DateTime, DateTimeImmutable and DateInterval: construction, dumps, diff, format, errors, createFromFormat, modify, setters.
$i = new DateInterval('P1Y2M3DT4H5M6S');
var_dump($i);
$a = new DateTime('2020-01-01'); $b = new DateTime('2021-03-15 10:20:30');
$d = $a->diff($b); var_dump($d);
echo $d->format('%R %y %m %d %h %i %s %a %% %Y-%M-%D %H:%I:%S'), "\n";
echo $b->diff($a)->format('%R%a %r'), "\n";
var_dump(new DateTimeImmutable('2024-01-31 10:00:00'));
try { new DateTime('garbage text'); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new DateInterval('X'); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(DATE_ATOM, DateTimeInterface::ATOM, DateTime::RFC2822);
$dt = DateTime::createFromFormat('Y-m-d', '2022-02-03'); echo get_class($dt), " ", $dt->format('Y-m-d'), "\n";
var_dump(DateTime::createFromFormat('Y-m-d', 'nope'));
$x = new DateTime('2024-01-31'); $y = $x->modify('+1 day'); var_dump($x === $y, $x->format('Y-m-d'));
$im = new DateTimeImmutable('2024-01-31'); $im2 = $im->modify('+1 day'); var_dump($im === $im2, $im->format('Y-m-d'), $im2->format('Y-m-d'));
echo $im->setDate(2020, 2, 30)->setTime(25, 0)->format('Y-m-d H:i:s'), "\n";
echo $im->getTimestamp(), " ", $im->getTimezone()->getName(), "\n";
var_dump($a < $b, $a == clone $a);
echo $im->sub(new DateInterval('P1M'))->format('Y-m-d'), "\n";
--EXPECT--
object(DateInterval)#1 (10) {
  ["y"]=>
  int(1)
  ["m"]=>
  int(2)
  ["d"]=>
  int(3)
  ["h"]=>
  int(4)
  ["i"]=>
  int(5)
  ["s"]=>
  int(6)
  ["f"]=>
  float(0)
  ["invert"]=>
  int(0)
  ["days"]=>
  bool(false)
  ["from_string"]=>
  bool(false)
}
object(DateInterval)#4 (10) {
  ["y"]=>
  int(1)
  ["m"]=>
  int(2)
  ["d"]=>
  int(14)
  ["h"]=>
  int(10)
  ["i"]=>
  int(20)
  ["s"]=>
  int(30)
  ["f"]=>
  float(0)
  ["invert"]=>
  int(0)
  ["days"]=>
  int(439)
  ["from_string"]=>
  bool(false)
}
+ 1 2 14 10 20 30 439 % 01-02-14 10:20:30
-439 -
object(DateTimeImmutable)#5 (3) {
  ["date"]=>
  string(26) "2024-01-31 10:00:00.000000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(3) "UTC"
}
DateMalformedStringException: Failed to parse time string (garbage text) at position 0 (g): The timezone could not be found in the database
DateMalformedIntervalStringException: Unknown or bad format (X)
string(13) "Y-m-d\TH:i:sP"
string(13) "Y-m-d\TH:i:sP"
string(16) "D, d M Y H:i:s O"
DateTime 2022-02-03
bool(false)
bool(true)
string(10) "2024-02-01"
bool(false)
string(10) "2024-01-31"
string(10) "2024-02-01"
2020-03-02 01:00:00
1706659200 UTC
bool(true)
bool(true)
2023-12-31
