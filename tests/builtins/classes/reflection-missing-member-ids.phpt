--TEST--
Reflection lookups that fail create no object (object ids as PHP)
--FILE--
<?php
class C { public $c = 1; function f() {} }
$r = new ReflectionClass('C');
echo spl_object_id(new stdClass), "\n";
try { $r->getMethod('nope'); } catch (ReflectionException $e) { echo spl_object_id($e), "\n"; }
echo spl_object_id(new stdClass), "\n";
try { $r->getProperty('nope'); } catch (ReflectionException $e) { echo spl_object_id($e), "\n"; }
echo spl_object_id(new stdClass), "\n";
$p = $r->getProperty('c'); echo spl_object_id($p), "\n";
$m = $r->getMethod('f'); echo spl_object_id($m), "\n";
--EXPECT--
2
2
3
3
2
2
4
