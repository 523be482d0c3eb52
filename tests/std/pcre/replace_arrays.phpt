--TEST--
preg_replace with arrays of patterns, replacements and subjects
--FILE--
<?php
var_dump(preg_replace(['/a/', '/b/'], ['b', 'c'], 'ab'));
var_dump(preg_replace(['/a/', '/b/'], 'x', 'abc'));
var_dump(preg_replace(['/a/', '/b/', '/c/'], ['1'], 'abc'));
var_dump(preg_replace('/\d/', '#', ['x' => 'a1', 5 => 'b22', 'c']));
var_dump(preg_replace(['/a/', '/b/'], ['b', 'c'], ['k' => 'aa', 'bb'], -1, $n), $n);
try { preg_replace('/x/', ['a'], 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(preg_replace('/(/', 'x', 'y'), preg_replace('/(/', 'x', ['y']));
--EXPECTF--
string(2) "cc"
string(3) "xxc"
string(1) "1"
array(3) {
  ["x"]=>
  string(2) "a#"
  [5]=>
  string(3) "b##"
  [6]=>
  string(1) "c"
}
array(2) {
  ["k"]=>
  string(2) "cc"
  [0]=>
  string(2) "cc"
}
int(6)
preg_replace(): Argument #1 ($pattern) must be of type array when argument #2 ($replacement) is an array, string given

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 8

Warning: preg_replace(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 8
NULL
array(0) {
}
