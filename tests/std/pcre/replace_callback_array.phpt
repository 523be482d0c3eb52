--TEST--
preg_replace_callback_array applies each pattern in turn
--FILE--
<?php
var_dump(preg_replace_callback_array([
    '/\d+/' => fn($m) => 'N',
    '/[aeiou]/' => fn($m) => '*',
], 'abc 123 def', -1, $count), $count);
var_dump(preg_replace_callback_array(['/a/' => fn($m) => 'b'], ['x' => 'aa', 'y' => 'c']));
--EXPECT--
string(9) "*bc N d*f"
int(3)
array(2) {
  ["x"]=>
  string(2) "bb"
  ["y"]=>
  string(1) "c"
}
