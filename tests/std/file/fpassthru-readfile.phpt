--TEST--
fpassthru and readfile print the contents and return the length
--FILE--
<?php
$p = __DIR__ . '/pass.txt';
file_put_contents($p, "hello\nworld\n");
var_dump(readfile($p));
$f = fopen($p, 'r');
fgets($f);
var_dump(fpassthru($f), fpassthru($f));
fclose($f);
unlink($p);
var_dump(readfile($p));
--EXPECTF--
hello
world
int(12)
world
int(6)
int(0)

Warning: readfile(%s/pass.txt): Failed to open stream: No such file or directory in %s on line 10
bool(false)
