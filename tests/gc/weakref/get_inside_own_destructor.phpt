--TEST--
inside the referent's own __destruct, get() still returns the object
--FILE--
<?php
class D {
    function __destruct() { global $w; var_dump($w->get() === $this); }
}
$d = new D;
$w = WeakReference::create($d);
unset($d);
var_dump($w->get());
--EXPECT--
bool(true)
NULL
