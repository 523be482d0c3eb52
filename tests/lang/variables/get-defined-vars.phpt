--TEST--
get_defined_vars in function scope
--FILE--
<?php
function f($arg) { $local = 1; return get_defined_vars(); }
var_dump(f('x'));
--EXPECT--
array(2) {
  ["arg"]=>
  string(1) "x"
  ["local"]=>
  int(1)
}
