--TEST--
references into arrays
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$a = range(1, 10);
$b = mem();
$r = &$a[3];
echo "reference to element: ", mem() - $b, "\n";
$c = $a;
echo "copy keeps the reference: ", mem() - $b, "\n";
$o = new stdClass;
$o->p = 1;
$b = mem();
$pr = &$o->p;
echo "reference to property: ", mem() - $b, "\n";
--EXPECT--
start
reference to element: 32
copy keeps the reference: 32
reference to property: 32
