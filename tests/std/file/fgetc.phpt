--TEST--
fgetc reads byte by byte until false
--FILE--
<?php
$m = fopen('php://memory', 'w+');
fwrite($m, "ab\n");
rewind($m);
while (($c = fgetc($m)) !== false) var_dump($c);
var_dump(feof($m), fgetc($m));
--EXPECT--
string(1) "a"
string(1) "b"
string(1) "
"
bool(true)
bool(false)
