--TEST--
DateTime arithmetic, comparisons, clones
--FILE--
<?php
// DateTime: memory of instances and clones, comparisons, sorting, interval arithmetic.
$a = new DateTimeImmutable('2024-03-10 12:00:00');
$m0 = memory_get_usage(); $b = $a->modify('+1 day'); $m1 = memory_get_usage(); $c = clone $a; $m2 = memory_get_usage();
echo $m1 - $m0, " ", $m2 - $m1, "\n";
$list = [new DateTime('2021-05-01'), new DateTime('2020-01-01'), new DateTime('2022-12-31')];
usort($list, fn($x, $y) => $x <=> $y);
foreach ($list as $d) echo $d->format('Y-m-d'), " ";
echo "\n";
var_dump($a == $c, $a < $b, max($list)->format('Y'));
$i = new DateInterval('P1M');
$d = new DateTime('2024-01-31');
echo $d->add($i)->format('Y-m-d'), " ", $d->sub($i)->format('Y-m-d'), "\n";
$p = new DateTime('2024-01-01 00:00:00'); $q = new DateTime('2024-01-01 00:00:00');
var_dump($p->diff($q)->days, $p->diff($q)->format('%a %R'));
echo (new DateTime('2024-02-29'))->diff(new DateTime('2025-02-28'))->format('%y-%m-%d %a'), "\n";
echo (new DateTime('2024-01-31'))->diff(new DateTime('2024-03-01'))->format('%y-%m-%d %a'), "\n";
$w = new DateInterval('P2W'); echo $w->d, " ", $w->format('%d days'), "\n";
echo DateTime::createFromFormat('!d/m/Y', '15/08/2022')->format(DATE_ATOM), "\n";
echo DateTime::createFromFormat('Y-m-d H:i:s', '2022-08-15 14:30:59')->format('U'), "\n";
echo (new DateTime('@86400'))->format('Y-m-d H:i'), "\n";
--EXPECT--
320 320
2020-01-01 2021-05-01 2022-12-31 
bool(true)
bool(true)
string(4) "2022"
2024-03-02 2024-02-02
int(0)
string(3) "0 +"
0-11-30 365
0-0-30 30
14 14 days
2022-08-15T00:00:00+00:00
1660573859
1970-01-02 00:00
