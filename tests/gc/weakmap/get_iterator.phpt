--TEST--
WeakMap::getIterator() returns an Iterator
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m[$k] = 'v';
$it = $m->getIterator();
var_dump(get_class($it));
foreach ($it as $key => $val) var_dump($key === $k, $val);
--EXPECT--
string(16) "InternalIterator"
bool(true)
string(1) "v"
