--TEST--
md5_file, sha1_file, hash_file
--FILE--
<?php
$f = sys_get_temp_dir() . "/memphis_hf_" . getmypid();
file_put_contents($f, "hello world\n" . str_repeat("x", 10000));
var_dump(md5_file($f), sha1_file($f), hash_file('sha256', $f), hash_file('crc32b', $f), strlen(md5_file($f, true)), bin2hex(sha1_file($f, true)) === sha1_file($f));
var_dump(md5_file($f) === md5(file_get_contents($f)));
var_dump(@md5_file("/nonexistent/x"));
var_dump(md5_file("/nonexistent/x"));
try { hash_file('nope', $f); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
unlink($f);
--EXPECTF--
string(32) "e6cac3b8e0dde75a836bfedd1ceaef0c"
string(40) "c1f34f352ea89269e74a5b29638a556dc98601e3"
string(64) "37e1d254df5a8179147cbca2751e2595ee66a3c696567781ec76076125430bbb"
string(8) "e89f9076"
int(16)
bool(true)
bool(true)
bool(false)

Warning: md5_file(/nonexistent/x): Failed to open stream: No such file or directory in %s on line 7
bool(false)
hash_file(): Argument #1 ($algo) must be a valid hashing algorithm
