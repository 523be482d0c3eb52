--TEST--
a cycle built in a function's locals becomes garbage when the function returns
--FILE--
<?php
function make() {
    $a = new stdClass; $b = new stdClass;
    $a->b = $b; $b->a = $a;
}
make();
make();
var_dump(gc_collect_cycles());
--EXPECT--
int(4)
