--TEST--
php://temp streams behave like memory streams
--FILE--
<?php
$t = fopen('php://temp', 'r+');
fwrite($t, "line1\nline2\n");
rewind($t);
while (($l = fgets($t)) !== false) var_dump($l);
var_dump(feof($t));
$t2 = fopen('php://temp/maxmemory:1024', 'w+');
fwrite($t2, str_repeat('x', 3000));
var_dump(strlen(stream_get_contents($t2, -1, 0)), ftell($t2));
--EXPECT--
string(6) "line1
"
string(6) "line2
"
bool(true)
int(3000)
int(3000)
