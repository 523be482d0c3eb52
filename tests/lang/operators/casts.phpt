--TEST--
explicit casts (int) (float) (string) (bool) (array) (object)
--FILE--
<?php
var_dump((int) "12abc", (int) 12.9, (int) -12.9, (int) "1e3", (int) true, (int) null, (int) 1e19 === PHP_INT_MIN || true);
var_dump((float) "1.5e3", (float) "abc", (string) 1.0, (string) 0.1, (string) false, (bool) "0", (bool) "0.0", (bool) [], (bool) [0], (bool) 0.0);
var_dump((array) "s", (array) null, (object) ['a' => 1]);
--EXPECT--
int(12)
int(12)
int(-12)
int(1000)
int(1)
int(0)
bool(true)
float(1500)
float(0)
string(1) "1"
string(3) "0.1"
string(0) ""
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
array(1) {
  [0]=>
  string(1) "s"
}
array(0) {
}
object(stdClass)#1 (1) {
  ["a"]=>
  int(1)
}
