--TEST--
a WeakReference to a closure is cleared when the closure is freed
--FILE--
<?php
$f = function () { return 'called'; };
$w = WeakReference::create($f);
var_dump(($w->get())());
unset($f);
var_dump($w->get());
--EXPECT--
string(6) "called"
NULL
