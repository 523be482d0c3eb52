--TEST--
file_put_contents with FILE_APPEND, LOCK_EX, arrays, numbers and null
--FILE--
<?php
$f = tempnam(sys_get_temp_dir(), 'fp');
var_dump(file_put_contents($f, "abc"), file_put_contents($f, "def", FILE_APPEND), file_get_contents($f));
var_dump(file_put_contents($f, ['x', 'y', 1, 2.5, true, null]), file_get_contents($f));
var_dump(file_put_contents($f, "zz", LOCK_EX), file_get_contents($f));
var_dump(file_put_contents($f, "!", FILE_APPEND | LOCK_EX), file_get_contents($f));
var_dump(file_put_contents($f, 42), file_get_contents($f));
var_dump(file_put_contents($f, null), file_get_contents($f), filesize($f));
var_dump(file_put_contents($f, ''), file_put_contents(__DIR__ . '/no-dir/x', 'a'));
unlink($f);
--EXPECTF--
int(3)
int(3)
string(6) "abcdef"
int(7)
string(7) "xy12.51"
int(2)
string(2) "zz"
int(1)
string(3) "zz!"
int(2)
string(2) "42"
int(0)
string(0) ""
int(0)

Warning: file_put_contents(%s/no-dir/x): Failed to open stream: No such file or directory in %s on line 9
int(0)
bool(false)
