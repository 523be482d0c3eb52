--TEST--
WeakReference method calls buffer $this as PHP's method calls do (gc_status roots)
--FILE--
<?php
class A { public $x; }
$arr = [new A, new A];
var_dump(gc_status()['roots']);
$r = WeakReference::create($arr[0]);
var_dump(gc_status()['roots']);
$g = $r->get();
var_dump(gc_status()['roots']);
$r = WeakReference::create($arr[1]);
var_dump(gc_status()['roots']);
$g = $r->get();
var_dump(gc_status()['roots']);
function f() { return new A; }
$t = WeakReference::create(f());
var_dump(gc_status()['roots']);
--EXPECT--
int(0)
int(0)
int(1)
int(0)
int(2)
int(2)
