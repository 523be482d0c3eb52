--TEST--
generators yield values lazily
--FILE--
<?php
function gen() { echo "start\n"; yield 1; echo "middle\n"; yield 2; echo "end\n"; }
$g = gen();
echo "created\n";
foreach ($g as $v) echo "got $v\n";
var_dump($g instanceof Generator, $g instanceof Traversable, $g->valid());
--EXPECT--
created
start
got 1
middle
got 2
end
bool(true)
bool(true)
bool(false)
