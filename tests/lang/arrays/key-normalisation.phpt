--TEST--
array keys: "1" becomes 1, "01" stays a string, bools and null convert
--FILE--
<?php
$a = ["1" => 'a', "01" => 'b', "1.5" => 'c', true => 'd', null => 'e', "-5" => 'f', "-0" => 'g', " 1" => 'h', "9223372036854775808" => 'i'];
var_dump($a);
--EXPECT--
array(8) {
  [1]=>
  string(1) "d"
  ["01"]=>
  string(1) "b"
  ["1.5"]=>
  string(1) "c"
  [""]=>
  string(1) "e"
  [-5]=>
  string(1) "f"
  ["-0"]=>
  string(1) "g"
  [" 1"]=>
  string(1) "h"
  ["9223372036854775808"]=>
  string(1) "i"
}
