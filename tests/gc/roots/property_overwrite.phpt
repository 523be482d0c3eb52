--TEST--
overwriting a property that held a shared object buffers it
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$h = new stdClass;
$h->p = $o;
$b = roots();
$h->p = null;
show("after overwrite", $b);
--EXPECT--
after overwrite: 1
