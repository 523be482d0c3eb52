--TEST--
a cycle through an SplFixedArray element
--FILE--
<?php
$fa = new SplFixedArray(3);
$o = new stdClass;
$fa[1] = $o;
$o->fa = $fa;
unset($o, $fa);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
