--TEST--
min and max over arguments and arrays
--FILE--
<?php
var_dump(max(1, 2, 3), max([4, 5, 6]), min(1, -2.5, 3), min([4, "3", 5]), max("apple", "banana"), max([1, 2], [1, 3]), max("10", "9"), max("10", "9a"), max(1, "1"), max("1", 1), min(1, 1.0), min(1.0, 1), max(null, false), min(false, null), max(0, -0.0), max([0 => "a", 1 => "b"]), min(["x" => 3, "y" => 1]), max(true, 2), min("abc", 0), max("abc", 0));
try { max(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { min([]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { max(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(3)
int(6)
float(-2.5)
string(1) "3"
string(6) "banana"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
string(2) "10"
string(2) "9a"
int(1)
string(1) "1"
float(1)
int(1)
NULL
NULL
int(0)
string(1) "b"
int(1)
bool(true)
int(0)
string(3) "abc"
max(): Argument #1 ($value) must be of type array, int given
min(): Argument #1 ($value) must contain at least one element
max() expects at least 1 argument, 0 given
