--TEST--
resource numbers after fopen: the default context, php://temp and whole-file functions use numbers too
--FILE--
<?php
$p = __DIR__ . '/numbering.txt';
$f = fopen('php://memory', 'r'); var_dump($f);
file_put_contents($p, "x");
var_dump(fopen('php://memory', 'r'));
file_get_contents($p);
var_dump(fopen('php://memory', 'r'));
@file_get_contents($p . '-missing');
var_dump(fopen('php://memory', 'r'));
copy($p, $p . '2');
var_dump(fopen('php://temp', 'r'));
var_dump(fopen($p, 'r'));
unlink($p); unlink($p . '2');
fclose($f);
var_dump($f, gettype($f));
--EXPECT--
resource(5) of type (stream)
resource(7) of type (stream)
resource(9) of type (stream)
resource(10) of type (stream)
resource(13) of type (stream)
resource(15) of type (stream)
resource(5) of type (Unknown)
string(17) "resource (closed)"
