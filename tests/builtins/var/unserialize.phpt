--TEST--
unserialize round trips and errors
--FILE--
<?php
class P { public $a = 1; protected $b = 2; private $c = 3; }
$s = serialize(['x' => new P, 'n' => [1.5, true, null]]);
var_dump(unserialize($s));
var_dump(unserialize('a:1:{i:0;s:3:"abc";}'), unserialize(serialize(PHP_INT_MAX)), unserialize('b:0;'));
var_dump(unserialize('garbage'));
var_dump(unserialize('O:8:"stdClass":1:{s:1:"a";i:1;}', ['allowed_classes' => false]));
--EXPECTF--
array(2) {
  ["x"]=>
  object(P)#1 (3) {
    ["a"]=>
    int(1)
    ["b":protected]=>
    int(2)
    ["c":"P":private]=>
    int(3)
  }
  ["n"]=>
  array(3) {
    [0]=>
    float(1.5)
    [1]=>
    bool(true)
    [2]=>
    NULL
  }
}
array(1) {
  [0]=>
  string(3) "abc"
}
int(9223372036854775807)
bool(false)

Warning: unserialize(): Error at offset 0 of 7 bytes in %s on line 6
bool(false)
object(__PHP_Incomplete_Class)#1 (2) {
  ["__PHP_Incomplete_Class_Name"]=>
  string(8) "stdClass"
  ["a"]=>
  int(1)
}
