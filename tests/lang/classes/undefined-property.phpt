--TEST--
reading an undefined property warns; dynamic properties are allowed on stdClass
--FILE--
<?php
class U { public $a; }
$u = new U;
var_dump($u->missing);
$o = new stdClass; $o->dyn = 1; var_dump($o);
--EXPECTF--

Warning: Undefined property: U::$missing in %s on line 4
NULL
object(stdClass)#2 (1) {
  ["dyn"]=>
  int(1)
}
