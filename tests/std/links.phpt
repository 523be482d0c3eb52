--TEST--
symlink, link and readlink, with PHP's warnings
--FILE--
<?php
$t = sys_get_temp_dir() . '/memphis_lnk_' . getmypid();
file_put_contents("$t.a", "x");
var_dump(symlink("$t.a", "$t.s"), readlink("$t.s") === "$t.a", is_link("$t.s"), link("$t.a", "$t.h"), file_get_contents("$t.h"));
var_dump(@symlink("$t.a", "$t.s"), @readlink("$t.a"), @link("/nonexistent/x", "$t.z"));
var_dump(symlink("$t.a", "$t.s"));
var_dump(readlink("$t.a"));
var_dump(link("/nonexistent/x", "$t.z"));
var_dump(symlink("relative/target", "$t.r"), readlink("$t.r"), file_exists("$t.r"), is_link("$t.r"));
unlink("$t.s"); unlink("$t.h"); unlink("$t.r"); unlink("$t.a");
try { symlink("a\0b", "$t.q"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
string(1) "x"
bool(false)
bool(false)
bool(false)

Warning: symlink(): File exists in %s on line 6
bool(false)

Warning: readlink(): Invalid argument in %s on line 7
bool(false)

Warning: link(): No such file or directory in %s on line 8
bool(false)
bool(true)
string(15) "relative/target"
bool(false)
bool(true)
symlink(): Argument #1 ($target) must not contain any null bytes
