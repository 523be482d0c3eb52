--TEST--
a two-object cycle through a readonly promoted property counts 2
--FILE--
<?php
class Box { public function __construct(public readonly object $inner) {} }
$h = new stdClass;
$b = new Box($h);
$h->box = $b;
unset($h, $b);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
