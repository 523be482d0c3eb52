--TEST--
array_pad and array_fill produce large arrays
--FILE--
<?php
var_dump(count(array_pad([], 100000, 0)), count(array_fill(0, 50000, 'x')), count(range(1, 100000)));
var_dump(array_sum(range(1, 100000)));
--EXPECT--
int(100000)
int(50000)
int(100000)
int(5000050000)
