--TEST--
objects with __toString in string functions and comparisons
--FILE--
<?php
class S { function __toString(): string { return "abc"; } }
$s = new S;
var_dump(strlen($s), str_repeat($s, 2), $s == 'abc', 'x' . $s, in_array('abc', [$s]), [(string) $s => 1]);
--EXPECT--
int(3)
string(6) "abcabc"
bool(true)
string(4) "xabc"
bool(true)
array(1) {
  ["abc"]=>
  int(1)
}
