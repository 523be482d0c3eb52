--TEST--
Warning: Undefined variable with line numbers
--FILE--
<?php
function f() {
    return $x + 1;
}
var_dump(f());
echo "$y\n";
--EXPECTF--

Warning: Undefined variable $x in %s on line 3
int(1)

Warning: Undefined variable $y in %s on line 6

