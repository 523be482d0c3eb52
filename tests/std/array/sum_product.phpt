--TEST--
array_sum and array_product with mixed values
--FILE--
<?php
var_dump(array_sum([1, 2, 3]), array_sum([1, 2.5]), array_sum([]), array_sum(['3', '4.5', true, null]));
var_dump(array_product([2, '3', 4]), array_product([]), array_product([2, 0.5]));
var_dump(array_sum([PHP_INT_MAX, 1]));
var_dump(array_sum([1, 'a', [2], 3]));
var_dump(array_product([2, 'x']));
--EXPECTF--
int(6)
float(3.5)
int(0)
float(8.5)
int(24)
int(1)
float(1)
float(9.223372036854776E+18)

Warning: array_sum(): Addition is not supported on type string in %s on line 5

Warning: array_sum(): Addition is not supported on type array in %s on line 5
int(4)

Warning: array_product(): Multiplication is not supported on type string in %s on line 6
int(0)
