--TEST--
WeakReference::create() of a non-object throws TypeError
--FILE--
<?php
foreach ([1, 'str', null, [1], 1.5, true] as $v) {
    try { WeakReference::create($v); }
    catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
WeakReference::create(): Argument #1 ($object) must be of type object, int given
WeakReference::create(): Argument #1 ($object) must be of type object, string given
WeakReference::create(): Argument #1 ($object) must be of type object, null given
WeakReference::create(): Argument #1 ($object) must be of type object, array given
WeakReference::create(): Argument #1 ($object) must be of type object, float given
WeakReference::create(): Argument #1 ($object) must be of type object, true given
