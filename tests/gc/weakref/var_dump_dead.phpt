--TEST--
var_dump of a WeakReference whose object is gone
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
unset($o);
var_dump($w);
--EXPECT--
object(WeakReference)#2 (1) {
  ["object"]=>
  NULL
}
