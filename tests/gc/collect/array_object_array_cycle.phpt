--TEST--
array -> object -> array cycle created through a reference
--FILE--
<?php
$arr = [];
$o = new stdClass;
$o->back = &$arr;
$arr[] = $o;
unset($arr, $o);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
