--TEST--
unlink and rmdir failures warn with strerror
--FILE--
<?php
$d = __DIR__ . '/ul-dir';
var_dump(unlink("$d/missing"), rmdir("$d/missing"));
mkdir($d);
touch("$d/f");
var_dump(unlink($d), rmdir($d), rmdir("$d/f"), unlink("$d/f"), rmdir($d), unlink(''));
--EXPECTF--

Warning: unlink(%s/ul-dir/missing): No such file or directory in %s on line 3

Warning: rmdir(%s/ul-dir/missing): No such file or directory in %s on line 3
bool(false)
bool(false)

Warning: unlink(%s/ul-dir): Is a directory in %s on line 6

Warning: rmdir(%s/ul-dir): Directory not empty in %s on line 6

Warning: rmdir(%s/ul-dir/f): Not a directory in %s on line 6

Warning: unlink(): No such file or directory in %s on line 6
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
