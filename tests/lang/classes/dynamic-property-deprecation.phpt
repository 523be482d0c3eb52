--TEST--
creating a dynamic property on a regular class is deprecated in 8.2+
--FILE--
<?php
class D {}
$d = new D;
$d->x = 1;
var_dump($d);
#[AllowDynamicProperties] class Allowed {}
$a = new Allowed; $a->y = 2; var_dump($a);
--EXPECTF--

Deprecated: Creation of dynamic property D::$x is deprecated in %s on line 4
object(D)#1 (1) {
  ["x"]=>
  int(1)
}
object(Allowed)#2 (1) {
  ["y"]=>
  int(2)
}
