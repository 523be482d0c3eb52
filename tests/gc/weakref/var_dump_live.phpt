--TEST--
var_dump of a WeakReference to a live object shows the referent
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$w = WeakReference::create($o);
var_dump($w);
--EXPECT--
object(WeakReference)#2 (1) {
  ["object"]=>
  object(stdClass)#1 (1) {
    ["a"]=>
    int(1)
  }
}
