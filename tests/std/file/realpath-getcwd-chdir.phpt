--TEST--
realpath, getcwd and chdir
--FILE--
<?php
$d = __DIR__ . '/rp-dir';
mkdir($d);
mkdir("$d/sub");
touch("$d/sub/f.txt");
$real = realpath($d);
var_dump(realpath("$d/sub/../sub/./f.txt") === "$real/sub/f.txt", realpath("$d/none"), realpath("$d/sub/") === "$real/sub");
$old = getcwd();
var_dump(chdir($d), getcwd() === $real, realpath('sub/f.txt') === "$real/sub/f.txt", realpath('') === $real, file_exists('sub/f.txt'));
var_dump(chdir("$d/none"));
chdir($old);
var_dump(getcwd() === $old);
unlink("$d/sub/f.txt"); rmdir("$d/sub"); rmdir($d);
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: chdir(): No such file or directory (errno 2) in %s on line 10
bool(false)
bool(true)
