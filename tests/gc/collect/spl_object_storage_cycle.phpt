--TEST--
a cycle through an SplObjectStorage held by its member
--FILE--
<?php
$o = new stdClass;
$s = new SplObjectStorage;
$s[$o] = 'data';
$o->storage = $s;
unset($o, $s);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
