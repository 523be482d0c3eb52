--TEST--
named arguments to internal functions and unknown names
--FILE--
<?php
var_dump(array_fill(start_index: 2, count: 2, value: 'v'), json_encode(value: [1], flags: JSON_PRETTY_PRINT));
try { strlen(str: 'x'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
array(2) {
  [2]=>
  string(1) "v"
  [3]=>
  string(1) "v"
}
string(9) "[
    1
]"
Error: Unknown named parameter $str
