--TEST--
reading a missing key throws Error naming the object; ?? and isset do not
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$other = new stdClass;
$m[$other] = 1;
try { var_dump($m[$k]); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($m[$k] ?? 'default');
var_dump(isset($m[$k]));
--EXPECT--
Error: Object stdClass#2 not contained in WeakMap
string(7) "default"
bool(false)
