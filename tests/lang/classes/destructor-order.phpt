--TEST--
destructors run when the last reference goes away
--FILE--
<?php
class D { function __construct(public $n) { echo "construct {$this->n}\n"; } function __destruct() { echo "destruct {$this->n}\n"; } }
function scope() { $d = new D('local'); echo "in scope\n"; }
scope();
$a = new D('a');
$b = $a;
unset($a); echo "after unset a\n";
$b = null; echo "after b = null\n";
$c = new D('c'); $c = new D('c2'); echo "after reassign\n";
new D('temp'); echo "after temp\n";
$x = new D('end1'); $y = new D('end2');
echo "script end\n";
--EXPECT--
construct local
in scope
destruct local
construct a
after unset a
destruct a
after b = null
construct c
construct c2
destruct c
after reassign
construct temp
destruct temp
after temp
construct end1
construct end2
script end
destruct end2
destruct end1
destruct c2
