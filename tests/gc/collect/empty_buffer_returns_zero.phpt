--TEST--
gc_collect_cycles() in a fresh process returns 0 and does not count a run
--FILE--
<?php
var_dump(gc_collect_cycles());
var_dump(gc_status()['runs']);
--EXPECT--
int(0)
int(0)
