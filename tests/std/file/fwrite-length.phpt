--TEST--
fwrite with a length limit
--FILE--
<?php
$m = fopen('php://memory', 'w+');
var_dump(fwrite($m, "abcdef", 3), fwrite($m, "xyz", 10), fwrite($m, "zzz", 0), fwrite($m, "zzz", -1), fwrite($m, 12.5));
var_dump(stream_get_contents($m, -1, 0));
--EXPECT--
int(3)
int(3)
int(0)
int(0)
int(4)
string(10) "abcxyz12.5"
