--TEST--
one private string held twice by the same garbage counts once
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->a = str_repeat('q', 30);
$o->b = $o->a;
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
