--TEST--
overwriting a static property that held a shared object
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

class S { public static $p; }
$o = new stdClass;
S::$p = $o;
$b = roots();
S::$p = null;
show("static property", $b);
--EXPECT--
static property: 1
