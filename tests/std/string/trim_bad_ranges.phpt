--TEST--
trim warns about invalid '..' ranges
--FILE--
<?php
var_dump(trim("abc", "..a"));
var_dump(trim("abc", "a.."));
var_dump(trim("abc", "z..a"));
var_dump(trim("abc", "a..b..c"));
var_dump(ucwords("ab cd", "..x"));
--EXPECTF--

Warning: trim(): Invalid '..'-range, no character to the left of '..' in %s on line 2
string(2) "bc"

Warning: trim(): Invalid '..'-range, no character to the right of '..' in %s on line 3
string(2) "bc"

Warning: trim(): Invalid '..'-range, '..'-range needs to be incrementing in %s on line 4
string(2) "bc"

Warning: trim(): Invalid '..'-range in %s on line 5
string(0) ""

Warning: ucwords(): Invalid '..'-range, no character to the left of '..' in %s on line 6
string(5) "Ab cd"
