--TEST--
file_get_contents with offset and length
--FILE--
<?php
$f = tempnam(sys_get_temp_dir(), 'fg');
file_put_contents($f, "0123456789");
var_dump(file_get_contents($f), file_get_contents($f, false, null, 3), file_get_contents($f, false, null, 3, 4), file_get_contents($f, false, null, -3), file_get_contents($f, false, null, 0, 0), file_get_contents($f, false, null, 8, 100), file_get_contents($f, length: 2));
try { file_get_contents($f, false, null, 0, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
unlink($f);
--EXPECT--
string(10) "0123456789"
string(7) "3456789"
string(4) "3456"
string(3) "789"
string(0) ""
string(2) "89"
string(2) "01"
file_get_contents(): Argument #5 ($length) must be greater than or equal to 0
