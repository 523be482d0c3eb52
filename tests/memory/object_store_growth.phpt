--TEST--
many live objects: the object store grows
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$all = [];
for ($i = 0; $i < 20000; $i++) { $all[] = new stdClass; }
echo "20000 objects: ", mem() - $b, "\n";
unset($all);
echo "freed: ", mem() - $b, "\n";
--EXPECT--
start
20000 objects: 1582392
freed: 253952
