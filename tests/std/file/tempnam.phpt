--TEST--
tempnam creates an empty file in the directory; falls back to the system directory with a notice
--FILE--
<?php
$t = sys_get_temp_dir();
var_dump(is_string($t), $t !== '' && substr($t, -1) !== '/');
$f = tempnam($t, 'pre');
var_dump(dirname($f) === realpath($t) || dirname($f) === $t, str_starts_with(basename($f), 'pre'), filesize($f), is_file($f));
unlink($f);
$g = tempnam(__DIR__ . '/no-such-dir', 'x');
var_dump(is_file($g));
unlink($g);
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)

Notice: tempnam(): file created in the system's temporary directory in %s on line 7
bool(true)
