--TEST--
var_dump of a WeakMap shows key/value pairs
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $a->id = 1;
$b = new ArrayObject([]);
$m[$a] = 'first';
$m[$b] = [1, 2];
var_dump($m);
var_dump(new WeakMap);
--EXPECT--
object(WeakMap)#1 (2) {
  [0]=>
  array(2) {
    ["key"]=>
    object(stdClass)#2 (1) {
      ["id"]=>
      int(1)
    }
    ["value"]=>
    string(5) "first"
  }
  [1]=>
  array(2) {
    ["key"]=>
    object(ArrayObject)#3 (1) {
      ["storage":"ArrayObject":private]=>
      array(0) {
      }
    }
    ["value"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
object(WeakMap)#4 (0) {
}
