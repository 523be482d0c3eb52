--TEST--
var_dump of recursive arrays and objects
--FILE--
<?php
$o = new stdClass; $o->self = $o;
var_dump($o);
$a = [1]; $a[] = &$a;
var_dump($a);
--EXPECT--
object(stdClass)#1 (1) {
  ["self"]=>
  *RECURSION*
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  *RECURSION*
}
