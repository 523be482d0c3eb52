--TEST--
a cycle through an ArrayObject storage
--FILE--
<?php
$o = new stdClass;
$ao = new ArrayObject([]);
$ao['o'] = $o;
$o->ao = $ao;
unset($o, $ao);
var_dump(gc_collect_cycles());
--EXPECT--
int(3)
