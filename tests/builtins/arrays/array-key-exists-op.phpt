--TEST--
array_key_exists compiled to an instruction: every kind of key and subject, errors without a frame of their own
--FILE--
<?php
// array_key_exists compiled to an instruction: every kind of key and subject, errors
// without a frame of their own, namespaced calls.
$a = ['x' => null, 1 => 'one', '' => 'empty', -5 => 'neg'];
var_dump(array_key_exists('x', $a), array_key_exists('y', $a), array_key_exists(1, $a), array_key_exists('1', $a),
    array_key_exists('01', $a), array_key_exists(null, $a), array_key_exists(-5, $a), array_key_exists(true, $a),
    array_key_exists(false, $a));
var_dump(array_key_exists(1.7, $a));
$fp = fopen('php://memory', 'r');
var_dump(array_key_exists($fp, [3 => 1]));
function t() { return ['k' => 1]; }
var_dump(array_key_exists('k', t()), \array_key_exists('k', t()));
$r = ['z' => 1]; $ref = &$r;
var_dump(array_key_exists('z', $ref));
try { array_key_exists('k', 'str'); } catch (TypeError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
try { array_key_exists([], $a); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_key_exists('k', new ArrayObject(['k' => 1])); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_key_exists('k', $undefined));
var_dump(array_key_exists(...['k', ['k' => 1]]), array_key_exists(array: ['q' => 1], key: 'q'));
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 8
bool(true)

Warning: Resource ID#5 used as offset, casting to integer (5) in %s on line 10
bool(false)
bool(true)
bool(true)
bool(true)
array_key_exists(): Argument #2 ($array) must be of type array, string given
#0 {main}
Cannot access offset of type array on array
array_key_exists(): Argument #2 ($array) must be of type array, ArrayObject given

Warning: Undefined variable $undefined in %s on line 18

Fatal error: Uncaught TypeError: array_key_exists(): Argument #2 ($array) must be of type array, null given in %s:18
Stack trace:
#0 {main}
  thrown in %s on line 18
--EXPECT_EXIT--
255
