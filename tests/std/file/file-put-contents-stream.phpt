--TEST--
file_put_contents copies the rest of a stream
--FILE--
<?php
$m = fopen('php://memory', 'w+');
fwrite($m, "header\nbody\n");
rewind($m);
fgets($m);
$p = tempnam(sys_get_temp_dir(), 'fs');
var_dump(file_put_contents($p, $m), file_get_contents($p));
unlink($p);
--EXPECT--
int(5)
string(5) "body
"
