--TEST--
arrays are passed by value (copy on write)
--FILE--
<?php
function modify(array $a) { $a[] = 4; return count($a); }
$arr = [1, 2, 3];
var_dump(modify($arr), count($arr));
function modObj(stdClass $o) { $o->x = 1; $o = new stdClass; $o->x = 2; }
$obj = new stdClass; modObj($obj); var_dump($obj->x);
--EXPECT--
int(4)
int(3)
int(1)
