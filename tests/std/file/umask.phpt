--TEST--
umask(): reads, sets (mode bits of the value), and governs the modes of new files and directories
--FILE--
<?php
$old = umask(); umask(022);
var_dump(umask());
var_dump(umask(0077), umask());
$f = sys_get_temp_dir() . "/memphis-umask-" . getmypid();
@unlink($f);
touch($f);
printf("%o\n", fileperms($f) & 0777);
unlink($f);
mkdir($f);
printf("%o\n", fileperms($f) & 0777);
rmdir($f);
var_dump(umask(null), umask(-1), umask(), umask(0x10022), umask());
umask($old);
var_dump(umask() === $old);
try { umask("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(18)
int(18)
int(63)
600
700
int(63)
int(63)
int(511)
int(511)
int(34)
bool(true)
umask(): Argument #1 ($mask) must be of type ?int, string given
