--TEST--
basename with suffixes, trailing slashes and edge cases
--FILE--
<?php
foreach (['/a/b/c.txt', 'c.txt', '/a/b/', '/', '', 'a//', '.', '..', '/x/.htaccess', 'dir\\file'] as $p) var_dump(basename($p));
var_dump(basename('/a/b/c.txt', '.txt'), basename('c.txt', 'c.txt'), basename('/a/b.php/', '.php'), basename('x.txt', 'txt'));
--EXPECT--
string(5) "c.txt"
string(5) "c.txt"
string(1) "b"
string(0) ""
string(0) ""
string(1) "a"
string(1) "."
string(2) ".."
string(9) ".htaccess"
string(8) "dir\file"
string(1) "c"
string(5) "c.txt"
string(1) "b"
string(2) "x."
