--TEST--
five distinct private strings in a garbage object count 5 more
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
for ($i = 0; $i < 5; $i++) {
    $o->{"p$i"} = str_repeat('z', 20 + $i);
}
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(6)
