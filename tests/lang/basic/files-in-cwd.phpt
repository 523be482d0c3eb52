--TEST--
writing and reading a file next to the script
--FILE--
<?php
$f = __DIR__ . '/data.txt';
var_dump(file_put_contents($f, "a\nb\n"), file_get_contents($f), file($f, FILE_IGNORE_NEW_LINES), file_exists($f), filesize($f));
unlink($f);
var_dump(file_exists($f), @file_get_contents($f));
--EXPECT--
int(4)
string(4) "a
b
"
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
bool(true)
int(4)
bool(false)
bool(false)
