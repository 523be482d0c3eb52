--TEST--
garbage cycle pointing at live data: only the garbage is collected
--FILE--
<?php
$live = new stdClass; $live->name = 'live';
$a = new stdClass; $b = new stdClass;
$a->b = $b; $b->a = $a;
$b->live = $live;
unset($a, $b);
var_dump(gc_collect_cycles());
var_dump($live->name);
--EXPECT--
int(2)
string(4) "live"
