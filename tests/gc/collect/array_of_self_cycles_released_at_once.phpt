--TEST--
unsetting an array that holds 20 self-cycles makes all of them garbage
--FILE--
<?php
$list = [];
for ($i = 0; $i < 20; $i++) { $o = new stdClass; $o->self = $o; $list[] = $o; }
unset($o);
var_dump(gc_collect_cycles());
unset($list);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
int(20)
