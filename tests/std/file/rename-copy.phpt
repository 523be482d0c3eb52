--TEST--
rename and copy files, with their failure warnings
--FILE--
<?php
$d = __DIR__ . '/rc-dir';
mkdir($d);
file_put_contents("$d/a", "content");
var_dump(copy("$d/a", "$d/b"), file_get_contents("$d/b"));
var_dump(rename("$d/b", "$d/c"), file_exists("$d/b"), file_get_contents("$d/c"));
var_dump(rename("$d/missing", "$d/x"));
var_dump(copy("$d/missing", "$d/x"));
var_dump(copy("$d/a", "$d/nodir/x"));
var_dump(copy($d, "$d/x"));
file_put_contents("$d/c", "over");
var_dump(copy("$d/c", "$d/a"), file_get_contents("$d/a"));
unlink("$d/a"); unlink("$d/c"); rmdir($d);
--EXPECTF--
bool(true)
string(7) "content"
bool(true)
bool(false)
string(7) "content"

Warning: rename(%s/rc-dir/missing,%s/rc-dir/x): No such file or directory in %s on line 7
bool(false)

Warning: copy(%s/rc-dir/missing): Failed to open stream: No such file or directory in %s on line 8
bool(false)

Warning: copy(%s/rc-dir/nodir/x): Failed to open stream: No such file or directory in %s on line 9
bool(false)

Warning: copy(): The first argument to copy() function cannot be a directory in %s on line 10
bool(false)
bool(true)
string(4) "over"
