--TEST--
get_object_vars depends on the calling scope
--FILE--
<?php
class P { public $a = 1; protected $b = 2; private $c = 3; function inside() { return get_object_vars($this); } }
$p = new P; $p->d = 4;
var_dump(get_object_vars($p), $p->inside());
--EXPECTF--

Deprecated: Creation of dynamic property P::$d is deprecated in %s on line 3
array(2) {
  ["a"]=>
  int(1)
  ["d"]=>
  int(4)
}
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
  ["d"]=>
  int(4)
}
