--TEST--
a generator object and its frame
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
function gen() { for ($i = 0; $i < 3; $i++) { yield $i; } }
$b = mem();
$g = gen();
echo "generator: ", mem() - $b, "\n";
$g->current();
echo "started: ", mem() - $b, "\n";
foreach ($g as $v) {}
echo "finished: ", mem() - $b, "\n";
unset($g);
echo "freed: ", mem() - $b, "\n";
--EXPECT--
start
generator: 480
started: 480
finished: 320
freed: 0
