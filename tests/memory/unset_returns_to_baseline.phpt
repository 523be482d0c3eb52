--TEST--
freeing everything returns usage to the baseline
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$a = range(1, 1000);
$s = str_repeat('x', 5000);
$o = new stdClass; $o->list = $a; $o->str = $s;
$h = ['a' => $o, 'b' => [$s, $a]];
echo "built: ", mem() - $b, "\n";
unset($a, $s, $o, $h);
echo "freed: ", mem() - $b, "\n";
--EXPECT--
start
built: 29736
freed: 0
