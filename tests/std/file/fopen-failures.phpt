--TEST--
fopen failures: missing file, invalid mode, x on an existing file, invalid php:// URL
--FILE--
<?php
$p = __DIR__ . '/ff.txt';
touch($p);
var_dump(fopen($p . '-missing', 'r'));
var_dump(fopen($p, 'q'));
var_dump(fopen($p, ''));
var_dump(fopen($p, 'x'));
var_dump(fopen($p, 'x+'));
unlink($p);
$f = fopen($p, 'x'); var_dump(gettype($f), fwrite($f, 'ok'), fclose($f), file_get_contents($p));
var_dump(fopen('php://nothing', 'r'));
var_dump(fopen(__DIR__, 'w'));
unlink($p);
--EXPECTF--

Warning: fopen(%s/ff.txt-missing): Failed to open stream: No such file or directory in %s on line 4
bool(false)

Warning: fopen(%s/ff.txt): Failed to open stream: `q' is not a valid mode for fopen in %s on line 5
bool(false)

Warning: fopen(%s/ff.txt): Failed to open stream: `' is not a valid mode for fopen in %s on line 6
bool(false)

Warning: fopen(%s/ff.txt): Failed to open stream: File exists in %s on line 7
bool(false)

Warning: fopen(%s/ff.txt): Failed to open stream: File exists in %s on line 8
bool(false)
string(8) "resource"
int(2)
bool(true)
string(2) "ok"

Warning: fopen(): Invalid php:// URL specified in %s on line 11

Warning: fopen(php://nothing): Failed to open stream: operation failed in %s on line 11
bool(false)

Warning: fopen(%s): Failed to open stream: Is a directory in %s on line 12
bool(false)
