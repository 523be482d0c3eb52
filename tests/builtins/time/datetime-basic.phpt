--TEST--
DateTime and DateTimeImmutable formatting and modification with fixed dates
--FILE--
<?php
$d = new DateTimeImmutable('2024-01-31 10:00:00');
echo $d->format('Y-m-d l'), "\n", $d->modify('+1 month')->format('Y-m-d'), "\n", $d->add(new DateInterval('P1DT2H'))->format(DATE_ATOM), "\n";
$a = new DateTime('2020-01-01'); $b = new DateTime('2021-03-15');
$diff = $a->diff($b); echo $diff->days, " ", $diff->format('%y years %m months %d days'), "\n";
echo DateTime::createFromFormat('d/m/Y H:i', '15/08/2022 14:30')->format('Y-m-d\TH:i'), "\n";
--EXPECT--
2024-01-31 Wednesday
2024-03-02
2024-02-01T12:00:00+00:00
439 1 years 2 months 14 days
2022-08-15T14:30
