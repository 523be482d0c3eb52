--TEST--
get_defined_functions lists user functions in lower case
--FILE--
<?php
function Alpha() {} function beta() {}
var_dump(get_defined_functions()['user']);
--EXPECT--
array(2) {
  [0]=>
  string(5) "alpha"
  [1]=>
  string(4) "beta"
}
