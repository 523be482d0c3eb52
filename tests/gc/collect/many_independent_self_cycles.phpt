--TEST--
50 independent self-cycles are all collected by one call
--FILE--
<?php
for ($i = 0; $i < 50; $i++) {
    $o = new stdClass;
    $o->self = $o;
}
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(50)
