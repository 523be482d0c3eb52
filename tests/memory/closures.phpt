--TEST--
closures, bound variables and \$this
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$f = function () { return 1; };
echo "closure: ", mem() - $b, "\n";
$x = 1; $y = str_repeat('y', 50);
$b = mem();
$g = function () use ($x, $y) { return $x; };
echo "closure using 2: ", mem() - $b, "\n";
$b = mem();
$h = fn() => $x + 1;
echo "arrow fn: ", mem() - $b, "\n";
$b = mem();
$s = static function () {};
echo "static closure: ", mem() - $b, "\n";
class K { function get() { return function () { return $this; }; } }
$k = new K;
$b = mem();
$bound = $k->get();
echo "closure with \$this: ", mem() - $b, "\n";
$b = mem();
$fc = strlen(...);
echo "first-class callable: ", mem() - $b, "\n";
$b = mem();
$byref = function () use (&$x) { $x++; };
echo "use by reference: ", mem() - $b, "\n";
--EXPECT--
start
closure: 384
closure using 2: 760
arrow fn: 760
static closure: 384
closure with $this: 384
first-class callable: 384
use by reference: 792
