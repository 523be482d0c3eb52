--TEST--
var_dump marks only shared references in object properties
--FILE--
<?php
$o = new stdClass; $o->a = 1; $o->b = 2;
foreach ($o as &$v) { }
var_dump($o);
$arr = ['a' => 1, 'b' => 2];
foreach ($arr as &$w) { }
var_dump($arr);
$o2 = new stdClass; $o2->a = 1; $r = &$o2->a; unset($r);
var_dump($o2);
--EXPECT--
object(stdClass)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  &int(2)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  &int(2)
}
object(stdClass)#2 (1) {
  ["a"]=>
  int(1)
}
