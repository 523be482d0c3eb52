--TEST--
preg_filter returns only subjects that matched
--FILE--
<?php
var_dump(preg_filter('/\d/', '#', ['a1', 'b', 'c2']));
var_dump(preg_filter('/\d/', '#', 'abc'), preg_filter('/\d/', '#', 'a1'));
var_dump(preg_filter(['/a/', '/b/'], ['x', 'y'], ['ab', 'c', 'b'], -1, $n), $n);
--EXPECT--
array(2) {
  [0]=>
  string(2) "a#"
  [2]=>
  string(2) "c#"
}
NULL
string(2) "a#"
array(2) {
  [0]=>
  string(2) "xy"
  [2]=>
  string(1) "y"
}
int(3)
