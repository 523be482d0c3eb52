--TEST--
a reference is a 32-byte zend_reference
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$a = 1;
$b = mem();
$r = &$a;
echo "first reference: ", mem() - $b, "\n";
$r2 = &$a;
echo "second reference: ", mem() - $b, "\n";
unset($r, $r2);
echo "still a reference: ", mem() - $b, "\n";
$arr = [1, 2, 3];
$arr[] = 4;
$b = mem();
foreach ($arr as &$v) {}
unset($v);
echo "foreach by reference: ", mem() - $b, "\n";
function addOne(&$x) { $x++; }
$n = 5;
$b = mem();
addOne($n);
echo "by-reference argument: ", mem() - $b, "\n";
--EXPECT--
start
first reference: 32
second reference: 32
still a reference: 32
foreach by reference: 160
by-reference argument: 32
