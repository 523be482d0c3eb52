--TEST--
file() with FILE_IGNORE_NEW_LINES and FILE_SKIP_EMPTY_LINES, CRLF and no final newline
--FILE--
<?php
$f = __DIR__ . '/lines.txt';
file_put_contents($f, "one\n\ntwo\r\nthree");
var_dump(file($f));
var_dump(file($f, FILE_IGNORE_NEW_LINES));
var_dump(file($f, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
var_dump(file($f, FILE_SKIP_EMPTY_LINES));
file_put_contents($f, "");
var_dump(file($f));
file_put_contents($f, "\n\n");
var_dump(file($f, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES), file($f));
try { file($f, 128); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
unlink($f);
var_dump(file($f));
--EXPECTF--
array(4) {
  [0]=>
  string(4) "one
"
  [1]=>
  string(1) "
"
  [2]=>
  string(5) "two
"
  [3]=>
  string(5) "three"
}
array(4) {
  [0]=>
  string(3) "one"
  [1]=>
  string(0) ""
  [2]=>
  string(3) "two"
  [3]=>
  string(5) "three"
}
array(3) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
  [2]=>
  string(5) "three"
}
array(4) {
  [0]=>
  string(4) "one
"
  [1]=>
  string(1) "
"
  [2]=>
  string(5) "two
"
  [3]=>
  string(5) "three"
}
array(0) {
}
array(0) {
}
array(2) {
  [0]=>
  string(1) "
"
  [1]=>
  string(1) "
"
}
file(): Argument #2 ($flags) must be a valid flag value

Warning: file(%s/lines.txt): Failed to open stream: No such file or directory in %s on line 14
bool(false)
