--TEST--
filesize, filemtime and touch with explicit times; stat failures warn
--FILE--
<?php
$f = __DIR__ . '/touch-dir';
var_dump(touch($f, 1000000000), filesize($f), filemtime($f), fileatime($f));
var_dump(touch($f, 1500000000, 1400000000), filemtime($f), fileatime($f));
file_put_contents($f, str_repeat('x', 1234));
var_dump(filesize($f), clearstatcache(), filesize($f));
unlink($f);
var_dump(filesize($f), filemtime($f));
var_dump(touch(__DIR__ . '/no-dir/x/y'));
--EXPECTF--
bool(true)
int(0)
int(1000000000)
int(1000000000)
bool(true)
int(1500000000)
int(1400000000)
int(1234)
NULL
int(1234)

Warning: filesize(): stat failed for %s/touch-dir in %s on line 8

Warning: filemtime(): stat failed for %s/touch-dir in %s on line 8
bool(false)
bool(false)

Warning: touch(): Unable to create file %s/no-dir/x/y because No such file or directory in %s on line 9
bool(false)
