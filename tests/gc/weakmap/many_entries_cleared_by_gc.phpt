--TEST--
1000 self-cycle keys: every entry disappears in one collection
--FILE--
<?php
$m = new WeakMap;
for ($i = 0; $i < 1000; $i++) { $o = new stdClass; $o->self = $o; $m[$o] = $i; }
unset($o);
var_dump(count($m));
var_dump(gc_collect_cycles());
var_dump(count($m));
--EXPECT--
int(1000)
int(1000)
int(0)
