--TEST--
full and protected stay false through ordinary runs
--FILE--
<?php
for ($i = 0; $i < 25000; $i++) { $o = new stdClass; $o->self = $o; }
gc_collect_cycles();
$s = gc_status();
var_dump($s['full'], $s['protected'], $s['running']);
--EXPECT--
bool(false)
bool(false)
bool(false)
