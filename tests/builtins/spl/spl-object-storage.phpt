--TEST--
SplObjectStorage as a set and a map of objects
--FILE--
<?php
$s = new SplObjectStorage;
$a = new stdClass; $b = new stdClass;
$s->attach($a); $s->attach($b, 'data-b'); $s->attach($a);
var_dump(count($s), $s->contains($a), $s[$b]);
$s[$a] = 'data-a';
foreach ($s as $i => $obj) { echo $i, " ", $s[$obj], "\n"; }
$s->detach($a); var_dump(count($s), $s->contains($a));
--EXPECT--
int(2)
bool(true)
string(6) "data-b"
0 data-a
1 data-b
int(1)
bool(false)
