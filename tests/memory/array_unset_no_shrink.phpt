--TEST--
unsetting elements does not shrink an array
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$a = [];
for ($i = 0; $i < 1000; $i++) { $a["k$i"] = $i; }
$full = mem() - $b;
echo "full: $full\n";
for ($i = 0; $i < 900; $i++) { unset($a["k$i"]); }
echo "after unsetting 900: ", mem() - $b, "\n";
unset($a);
echo "gone: ", mem() - $b, "\n";
--EXPECT--
start
full: 73016
after unsetting 900: 44216
gone: 0
