--TEST--
concatenation allocates the result; appending grows in place
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$x = str_repeat('x', 10);
$b = mem();
$y = $x . "abc";
echo "concat 13: ", mem() - $b, "\n";
$y .= str_repeat('y', 20);
echo "append 20: ", mem() - $b, "\n";
for ($i = 0; $i < 100; $i++) { $y .= 'z'; }
echo "append 100 chars: ", mem() - $b, "\n";
$z = "$x and $x";
echo "interpolation: ", mem() - $b, "\n";
--EXPECT--
start
concat 13: 40
append 20: 80
append 100 chars: 192
interpolation: 248
