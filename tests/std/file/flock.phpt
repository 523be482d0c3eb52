--TEST--
flock on a file and on a memory stream
--FILE--
<?php
$p = tempnam(sys_get_temp_dir(), 'fl');
$f = fopen($p, 'r+');
var_dump(flock($f, LOCK_EX), flock($f, LOCK_UN), flock($f, LOCK_SH | LOCK_NB, $wb), $wb, flock($f, LOCK_UN));
try { flock($f, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
fclose($f);
unlink($p);
--EXPECT--
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
flock(): Argument #2 ($operation) must be one of LOCK_SH, LOCK_EX, or LOCK_UN
