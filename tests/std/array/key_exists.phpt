--TEST--
array_key_exists with key types
--FILE--
<?php
$a = ['' => 1, 1 => 2, 'x' => null, '08' => 3];
var_dump(array_key_exists('x', $a), array_key_exists(null, $a), array_key_exists('1', $a), array_key_exists(1.5, $a), array_key_exists(true, $a), array_key_exists('8', $a), key_exists('08', $a));
try { array_key_exists([], $a); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 3
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
Cannot access offset of type array on array
