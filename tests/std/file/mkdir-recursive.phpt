--TEST--
mkdir, recursive mkdir and its warnings
--FILE--
<?php
$d = __DIR__ . '/mk-dir';
var_dump(mkdir("$d/a/b"));
var_dump(mkdir("$d/a/b", 0777, true), is_dir("$d/a/b"));
var_dump(mkdir("$d/a/b", 0777, true), mkdir("$d/a"), mkdir($d . '/a/b/c', 0700), decoct(fileperms("$d/a/b/c") & 0777));
rmdir("$d/a/b/c"); rmdir("$d/a/b"); rmdir("$d/a"); rmdir($d);
var_dump(is_dir($d));
--EXPECTF--

Warning: mkdir(): No such file or directory in %s on line 3
bool(false)
bool(true)
bool(true)

Warning: mkdir(): File exists in %s on line 5

Warning: mkdir(): File exists in %s on line 5
bool(false)
bool(false)
bool(true)
string(3) "700"
bool(false)
