--TEST--
objects in a reference cycle are destroyed at script end
--FILE--
<?php
class N { public $other; function __construct(public $name) {} function __destruct() { echo "destruct {$this->name}\n"; } }
$a = new N('a'); $b = new N('b');
$a->other = $b; $b->other = $a;
unset($a, $b);
echo "cycle unreachable, not collected yet\n";
$c = new N('c');
echo "end\n";
--EXPECT--
cycle unreachable, not collected yet
end
destruct c
destruct a
destruct b
