--TEST--
yield from arrays, iterators and generators with return values
--FILE--
<?php
function inner() { yield 1; yield 2; return 'inner-ret'; }
function outer() { $r = yield from inner(); echo "inner returned $r\n"; yield from [10, 20]; yield from new ArrayIterator(['k' => 'v']); return 'outer-ret'; }
$g = outer();
foreach ($g as $k => $v) echo "$k => $v\n";
echo $g->getReturn(), "\n";
--EXPECT--
0 => 1
1 => 2
inner returned inner-ret
0 => 10
1 => 20
k => v
outer-ret
