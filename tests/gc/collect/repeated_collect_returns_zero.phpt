--TEST--
after a collection, further calls return 0
--FILE--
<?php
$a = new stdClass; $a->self = $a; unset($a);
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
int(0)
int(0)
