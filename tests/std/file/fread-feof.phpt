--TEST--
fread and feof: eof is only set once a read finds nothing
--FILE--
<?php
$p = tempnam(sys_get_temp_dir(), 'fr');
file_put_contents($p, "abcdef");
$f = fopen($p, 'r');
var_dump(fread($f, 3), feof($f), fread($f, 3), feof($f), fread($f, 3), feof($f));
rewind($f);
var_dump(feof($f), fread($f, 100), feof($f));
try { fread($f, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
fclose($f);
unlink($p);
--EXPECT--
string(3) "abc"
bool(false)
string(3) "def"
bool(false)
string(0) ""
bool(true)
bool(false)
string(6) "abcdef"
bool(true)
fread(): Argument #2 ($length) must be greater than 0
