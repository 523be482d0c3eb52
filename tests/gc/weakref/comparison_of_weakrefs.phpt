--TEST--
== and === between WeakReferences
--FILE--
<?php
$a = new stdClass; $b = new stdClass;
$wa = WeakReference::create($a);
$wb = WeakReference::create($b);
var_dump($wa == $wb, $wa === $wb, $wa == WeakReference::create($a));
--EXPECT--
bool(true)
bool(false)
bool(true)
