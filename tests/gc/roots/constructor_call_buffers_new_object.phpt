--TEST--
new with a constructor buffers the object when the constructor returns; without one it does not
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

class WithCtor { function __construct() {} }
class NoCtor {}
$b = roots();
$a = new WithCtor;
show("with constructor", $b);
$c = new NoCtor;
show("without constructor", $b);
--EXPECT--
with constructor: 1
without constructor: 1
