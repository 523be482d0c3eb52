--TEST--
a self-cycle through a typed property counts 1
--FILE--
<?php
class Node { public ?Node $self = null; public int $n = 5; }
$a = new Node;
$a->self = $a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
