--TEST--
a WeakReference does not count as a reference: the object dies at once
--FILE--
<?php
class D { function __destruct() { echo "dtor\n"; } }
$d = new D;
$w = WeakReference::create($d);
echo "unset\n";
unset($d);
echo "after\n";
var_dump($w->get());
--EXPECT--
unset
dtor
after
NULL
