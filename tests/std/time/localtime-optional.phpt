--TEST--
localtime() with no arguments, and associative
--FILE--
<?php
// localtime(): both parameters optional.
var_dump(count(localtime()), count(localtime(0, true)), array_keys(localtime(86400 * 365, true)));
--EXPECT--
int(9)
int(9)
array(9) {
  [0]=>
  string(6) "tm_sec"
  [1]=>
  string(6) "tm_min"
  [2]=>
  string(7) "tm_hour"
  [3]=>
  string(7) "tm_mday"
  [4]=>
  string(6) "tm_mon"
  [5]=>
  string(7) "tm_year"
  [6]=>
  string(7) "tm_wday"
  [7]=>
  string(7) "tm_yday"
  [8]=>
  string(8) "tm_isdst"
}
