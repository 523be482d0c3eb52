--TEST--
writing a non-object key throws TypeError
--FILE--
<?php
$m = new WeakMap;
foreach ([1, 'k', null, [1]] as $key) {
    try { $m[$key] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
WeakMap key must be an object
WeakMap key must be an object
WeakMap key must be an object
WeakMap key must be an object
