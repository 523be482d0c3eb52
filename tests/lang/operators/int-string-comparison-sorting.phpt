--TEST--
comparing numbers with non-numeric strings compares as strings in PHP 8
--FILE--
<?php
var_dump(0 == "foo", 0 == "", "1" == "01", "abc" == "ABC", 42 == "42abc", 42 < "43abc", "abc" > 10);
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
