--TEST--
assigning an array shares it; a write duplicates it
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$a = range(1, 1000);
$b = mem();
$c = $a;
echo "shared: ", mem() - $b, "\n";
$c[] = 1001;
echo "separated: ", mem() - $b, "\n";
$d = $a;
$d[0] = 0;
echo "second copy: ", mem() - $b, "\n";
unset($c, $d);
echo "copies gone: ", mem() - $b, "\n";
function takes(array $x) { $x[] = 1; return mem(); }
$b = mem();
$inside = takes($a) - $b;
echo "by-value parameter written: $inside\n";
echo "after return: ", mem() - $b, "\n";
--EXPECT--
start
shared: 0
separated: 20536
second copy: 41072
copies gone: 0
by-value parameter written: 20536
after return: 0
