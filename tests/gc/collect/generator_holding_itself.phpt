--TEST--
a suspended generator whose local variable holds the generator object
--FILE--
<?php
function gen() {
    $self = yield 1;
    yield 2;
}
$g = gen();
$g->current();
$g->send($g);
unset($g);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
