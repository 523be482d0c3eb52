--TEST--
json_decode to objects and arrays, big ints, depth and errors
--FILE--
<?php
var_dump(json_decode('{"a":1,"b":[1,2,{"c":null}],"d":1.0,"e":"\u00e9"}'), json_decode('{"a":{"b":2}}', true), json_decode('[1,"2",3.5,true]'), json_decode('12345678901234567890'), json_decode('12345678901234567890', false, 512, JSON_BIGINT_AS_STRING), json_decode('"str"'), json_decode('nul'), json_last_error_msg(), json_decode(''), json_last_error());
var_dump(json_decode('[[1]]', true, 1), json_last_error_msg(), json_decode('{"":1,"0":2}'));
try { json_decode('{bad', false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
object(stdClass)#1 (4) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    object(stdClass)#2 (1) {
      ["c"]=>
      NULL
    }
  }
  ["d"]=>
  float(1)
  ["e"]=>
  string(2) "é"
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    int(2)
  }
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "2"
  [2]=>
  float(3.5)
  [3]=>
  bool(true)
}
float(1.2345678901234567E+19)
string(20) "12345678901234567890"
string(3) "str"
NULL
string(12) "Syntax error"
NULL
int(4)
NULL
string(28) "Maximum stack depth exceeded"
object(stdClass)#1 (2) {
  [""]=>
  int(1)
  ["0"]=>
  int(2)
}
Syntax error
