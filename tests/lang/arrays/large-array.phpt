--TEST--
building a large array and summing it
--FILE--
<?php
$a = [];
for ($i = 0; $i < 100000; $i++) { $a[] = $i; }
var_dump(count($a), array_sum($a), $a[99999]);
$h = [];
for ($i = 0; $i < 1000; $i++) { $h["k$i"] = $i; }
var_dump(count($h), $h['k500']);
--EXPECT--
int(100000)
int(4999950000)
int(99999)
int(1000)
int(500)
