--TEST--
substr_replace on arrays with parallel offsets, lengths, replacements
--FILE--
<?php
var_dump(substr_replace(["a" => "Hello", "b" => "World", 5 => "x"], ["1", "2"], [1, 2], [1]));
var_dump(substr_replace(["abc", "def"], "X", -1, 0));
var_dump(substr_replace(["abc", "def"], ["X"], [0, 1, 2], null));
--EXPECT--
array(3) {
  ["a"]=>
  string(5) "H1llo"
  ["b"]=>
  string(3) "Wo2"
  [5]=>
  string(0) ""
}
array(2) {
  [0]=>
  string(4) "abXc"
  [1]=>
  string(4) "deXf"
}
array(2) {
  [0]=>
  string(1) "X"
  [1]=>
  string(1) "d"
}
