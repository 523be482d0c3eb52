--TEST--
a self-cycle through a declared property counts 1
--FILE--
<?php
class Node { public $self; }
$a = new Node;
$a->self = $a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
