--TEST--
str_ireplace is case-insensitive and counts
--FILE--
<?php
var_dump(str_ireplace("L", "x", "HeLlo", $c), $c);
var_dump(str_ireplace(["HELLO", "WORLD"], ["bye", "all"], "Hello World"));
var_dump(str_ireplace("ß", "ss", "Straße"), str_ireplace("A", "", ["aAa", "bab"], $n), $n);
--EXPECT--
string(5) "Hexxo"
int(2)
string(7) "bye all"
string(7) "Strasse"
array(2) {
  [0]=>
  string(0) ""
  [1]=>
  string(2) "bb"
}
int(4)
