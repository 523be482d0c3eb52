--TEST--
static variables and globals
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
function counter() { static $n = 0; static $s; $s = str_repeat('s', 40); return ++$n; }
$b = mem();
counter();
echo "static vars set: ", mem() - $b, "\n";
counter();
echo "second call: ", mem() - $b, "\n";
function setGlobal() { global $g; $g = range(1, 5); }
$b = mem();
setGlobal();
echo "global array: ", mem() - $b, "\n";
--EXPECT--
start
static vars set: 520
second call: 520
global array: 248
