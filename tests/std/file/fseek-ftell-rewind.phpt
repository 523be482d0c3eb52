--TEST--
fseek with SEEK_SET, SEEK_CUR, SEEK_END, past the end and before the start
--FILE--
<?php
$p = tempnam(sys_get_temp_dir(), 'fs');
$f = fopen($p, 'w+');
fwrite($f, "hello world");
var_dump(ftell($f), fseek($f, 6), fread($f, 5), ftell($f));
var_dump(fseek($f, -5, SEEK_CUR), fread($f, 2), fseek($f, -3, SEEK_END), fread($f, 10), feof($f));
var_dump(fseek($f, 100), ftell($f), feof($f), fread($f, 5), feof($f));
var_dump(fseek($f, -200, SEEK_CUR), ftell($f), fseek($f, -1), ftell($f));
var_dump(fseek($f, 20), fwrite($f, "!"), filesize($p), rewind($f), ftell($f), strlen(stream_get_contents($f)));
fclose($f);
unlink($p);
--EXPECT--
int(11)
int(0)
string(5) "world"
int(11)
int(0)
string(2) "wo"
int(0)
string(3) "rld"
bool(true)
int(0)
int(100)
bool(false)
string(0) ""
bool(true)
int(-1)
int(100)
int(-1)
int(100)
int(0)
int(1)
int(21)
bool(true)
int(0)
int(21)
