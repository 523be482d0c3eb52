--TEST--
php://memory streams: write, read back, seek past the end, read-only mode
--FILE--
<?php
$m = fopen('php://memory', 'r+');
var_dump(fwrite($m, "abc\ndef"), ftell($m), feof($m), fread($m, 1), feof($m));
rewind($m);
var_dump(fgets($m), fgets($m), feof($m), fgets($m));
var_dump(fseek($m, 10), ftell($m), fwrite($m, "Z"), ftell($m));
var_dump(bin2hex(stream_get_contents($m, -1, 0)));
$r = fopen('php://memory', 'r');
var_dump(fwrite($r, "abc"), ftell($r), fread($r, 10), feof($r));
$a = fopen('php://memory', 'a+');
fwrite($a, "12"); rewind($a); fwrite($a, "34"); rewind($a);
var_dump(fread($a, 10));
--EXPECT--
int(7)
int(7)
bool(false)
string(0) ""
bool(true)
string(4) "abc
"
string(3) "def"
bool(true)
bool(false)
int(0)
int(10)
int(1)
int(11)
string(22) "6162630a6465660000005a"
bool(false)
int(0)
string(0) ""
bool(true)
string(4) "1234"
