--TEST--
json_decode creates each object when its first member is parsed (PHP's handle order)
--FILE--
<?php
var_dump(json_decode('{"a":{"b":{"c":1}},"d":{}}'));
var_dump(json_decode('[{"x":1},{"y":{"z":2}}]'));
var_dump(json_decode('{"k":[{"m":1}],"n":2}'));
--EXPECT--
object(stdClass)#3 (2) {
  ["a"]=>
  object(stdClass)#2 (1) {
    ["b"]=>
    object(stdClass)#1 (1) {
      ["c"]=>
      int(1)
    }
  }
  ["d"]=>
  object(stdClass)#4 (0) {
  }
}
array(2) {
  [0]=>
  object(stdClass)#3 (1) {
    ["x"]=>
    int(1)
  }
  [1]=>
  object(stdClass)#2 (1) {
    ["y"]=>
    object(stdClass)#4 (1) {
      ["z"]=>
      int(2)
    }
  }
}
object(stdClass)#4 (2) {
  ["k"]=>
  array(1) {
    [0]=>
    object(stdClass)#2 (1) {
      ["m"]=>
      int(1)
    }
  }
  ["n"]=>
  int(2)
}
