--TEST--
results of common string functions
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$src = str_repeat('hello world ', 20);
$b = mem();
$u = strtoupper($src);
echo "strtoupper 240: ", mem() - $b, "\n";
$b = mem();
$sub = substr($src, 0, 50);
echo "substr 50: ", mem() - $b, "\n";
$b = mem();
$one = substr($src, 3, 1);
echo "substr 1: ", mem() - $b, "\n";
$b = mem();
$r = str_replace('world', 'there', $src);
echo "str_replace: ", mem() - $b, "\n";
$b = mem();
$p = sprintf("%05d-%s", 42, 'abc');
echo "sprintf: ", mem() - $b, "\n";
$b = mem();
$h = md5('abc');
echo "md5: ", mem() - $b, "\n";
$b = mem();
$t = trim("  padded  ");
echo "trim: ", mem() - $b, "\n";
--EXPECT--
start
strtoupper 240: 320
substr 50: 96
substr 1: 0
str_replace: 320
sprintf: 320
md5: 64
trim: 32
