--TEST--
array_sum and array_product with mixed values
--FILE--
<?php
var_dump(array_sum([1, 2.5, "3"]), array_sum([]), array_product([2, "3", 4]), array_product([]), array_sum([1, 'x']));
--EXPECTF--

Warning: array_sum(): Addition is not supported on type string in %s on line 2
float(6.5)
int(0)
int(24)
int(1)
int(1)
