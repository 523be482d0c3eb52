--TEST--
objects decoded as arrays
--FILE--
<?php
var_dump(json_decode('{"a":{"b":[1,{"c":null}]},"1":2,"":3,"a":4}', true));
var_dump(json_decode('{"x":1}', null, 512, JSON_OBJECT_AS_ARRAY));
var_dump(json_decode('{"x":1}', false, 512, JSON_OBJECT_AS_ARRAY));
var_dump(json_decode('[]', true), json_decode('{}', true), json_decode('[[],{}]', true));
--EXPECT--
array(3) {
  ["a"]=>
  int(4)
  [1]=>
  int(2)
  [""]=>
  int(3)
}
array(1) {
  ["x"]=>
  int(1)
}
object(stdClass)#1 (1) {
  ["x"]=>
  int(1)
}
array(0) {
}
array(0) {
}
array(2) {
  [0]=>
  array(0) {
  }
  [1]=>
  array(0) {
  }
}
