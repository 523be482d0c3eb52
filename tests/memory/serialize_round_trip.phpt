--TEST--
serialize and unserialize
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$data = ['a' => range(1, 20), 'b' => str_repeat('z', 100), 'c' => 1.5];
$b = mem();
$s = serialize($data);
echo "serialize: ", mem() - $b, "\n";
$b = mem();
$back = unserialize($s);
echo "unserialize: ", mem() - $b, "\n";
--EXPECT--
start
serialize: 384
unserialize: 1872
