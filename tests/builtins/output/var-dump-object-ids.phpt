--TEST--
var_dump shows object handles; freed handles are reused
--FILE--
<?php
$a = new stdClass; $b = new ArrayObject([]); var_dump($a, $b);
unset($a); $c = new stdClass; var_dump($c);
class E {} $list = [new E, new E]; var_dump($list);
--EXPECT--
object(stdClass)#1 (0) {
}
object(ArrayObject)#2 (1) {
  ["storage":"ArrayObject":private]=>
  array(0) {
  }
}
object(stdClass)#1 (0) {
}
array(2) {
  [0]=>
  object(E)#3 (0) {
  }
  [1]=>
  object(E)#4 (0) {
  }
}
