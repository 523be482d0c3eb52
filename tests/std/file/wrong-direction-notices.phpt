--TEST--
reading a write-only stream and writing a read-only one raise notices
--FILE--
<?php
$p = tempnam(sys_get_temp_dir(), 'wd');
$w = fopen($p, 'w');
var_dump(fread($w, 10), fgets($w), fgetc($w), stream_get_contents($w), feof($w));
fclose($w);
$r = fopen($p, 'r');
var_dump(fwrite($r, "abc"), fputs($r, ""), fwrite($r, "x", 0));
fclose($r);
var_dump(fread(STDOUT, 1));
unlink($p);
--EXPECTF--

Notice: fread(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 4

Notice: fgets(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 4

Notice: fgetc(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 4

Notice: stream_get_contents(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 4
bool(false)
bool(false)
bool(false)
string(0) ""
bool(false)

Notice: fwrite(): Write of 3 bytes failed with errno=9 Bad file descriptor in %s on line 7
bool(false)
int(0)
int(0)

Notice: fread(): Read of 8192 bytes failed with errno=9 Bad file descriptor in %s on line 9
bool(false)
