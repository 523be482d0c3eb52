--TEST--
fgets loops with and without a final newline, and fgets with a length
--FILE--
<?php
$p = tempnam(sys_get_temp_dir(), 'fg');
file_put_contents($p, "line1\nline2\n");
$f = fopen($p, 'r');
while (!feof($f)) var_dump(fgets($f));
fclose($f);
file_put_contents($p, "a\nbb\nccc");
$f = fopen($p, 'r');
while (($line = fgets($f)) !== false) { var_dump($line, feof($f)); }
rewind($f);
var_dump(fgets($f, 2), fgets($f, 2), fgets($f, 3), fgets($f, 1), fgets($f, 100), fgets($f));
try { fgets($f, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
fclose($f);
unlink($p);
--EXPECT--
string(6) "line1
"
string(6) "line2
"
bool(false)
string(2) "a
"
bool(false)
string(3) "bb
"
bool(false)
string(3) "ccc"
bool(true)
string(1) "a"
string(1) "
"
string(2) "bb"
bool(false)
string(1) "
"
string(3) "ccc"
fgets(): Argument #2 ($length) must be greater than 0
