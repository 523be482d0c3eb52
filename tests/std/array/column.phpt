--TEST--
array_column with column and index keys, rows of arrays and objects
--FILE--
<?php
$rows = [
    ['id' => 3, 'name' => 'a', 'tag' => 'x'],
    ['id' => 5, 'name' => 'b'],
    ['id' => 7, 'tag' => 'z'],
];
var_dump(array_column($rows, 'name'));
var_dump(array_column($rows, 'name', 'id'));
var_dump(array_column($rows, null, 'tag'));
class P { public function __construct(public $id, public $name, private $secret = 1) {} }
$objs = [new P(1, 'one'), new P(2, 'two')];
var_dump(array_column($objs, 'name', 'id'));
var_dump(array_column($objs, 'secret'));
--EXPECT--
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [3]=>
  string(1) "a"
  [5]=>
  string(1) "b"
}
array(3) {
  ["x"]=>
  array(3) {
    ["id"]=>
    int(3)
    ["name"]=>
    string(1) "a"
    ["tag"]=>
    string(1) "x"
  }
  [0]=>
  array(2) {
    ["id"]=>
    int(5)
    ["name"]=>
    string(1) "b"
  }
  ["z"]=>
  array(2) {
    ["id"]=>
    int(7)
    ["tag"]=>
    string(1) "z"
  }
}
array(2) {
  [1]=>
  string(3) "one"
  [2]=>
  string(3) "two"
}
array(0) {
}
