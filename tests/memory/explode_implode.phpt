--TEST--
explode builds a packed array of new strings; implode one string
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$csv = str_repeat('alpha,beta,gamma,', 10);
$b = mem();
$parts = explode(',', $csv);
echo "explode 31 parts: ", mem() - $b, "\n";
$b = mem();
$joined = implode(';', $parts);
echo "implode: ", mem() - $b, "\n";
$b = mem();
$chars = str_split('abcdefghij');
echo "str_split 10: ", mem() - $b, "\n";
--EXPECT--
start
explode 31 parts: 1896
implode: 224
str_split 10: 696
