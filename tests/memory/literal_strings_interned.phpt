--TEST--
literal strings and single characters are interned: no heap
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$a = "hello world"; $c = 'x'; $e = ""; $h = <<<TXT
a heredoc without variables
TXT;
echo "literals: ", mem() - $b, "\n";
$d = $a; $g = $h;
echo "copies of literals: ", mem() - $b, "\n";
$ch = $a[4]; $one = chr(65); $digit = (string) 7;
echo "one-character strings: ", mem() - $b, "\n";
--EXPECT--
start
literals: 0
copies of literals: 0
one-character strings: 0
