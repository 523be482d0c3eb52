--TEST--
chmod, fsync, fdatasync
--FILE--
<?php
$f = sys_get_temp_dir() . '/memphis_ch_' . getmypid(); touch($f);
var_dump(chmod($f, 0600), decoct(fileperms($f) & 0777)); clearstatcache();
var_dump(chmod($f, 0644), decoct(fileperms($f) & 0777));
var_dump(@chmod('/nonexistent/x', 0600));
var_dump(chmod('/nonexistent/x', 0600));
$h = fopen($f, 'w'); fwrite($h, "x"); var_dump(fsync($h), fdatasync($h)); fclose($h);
$h = fopen('php://memory', 'w'); try { var_dump(fsync($h)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
unlink($f);
--EXPECTF--
bool(true)
string(3) "600"
bool(true)
string(3) "644"
bool(false)

Warning: chmod(): No such file or directory in %s on line 6
bool(false)
bool(true)
bool(true)

Warning: fsync(): Can't fsync this stream! in %s on line 8
bool(false)
