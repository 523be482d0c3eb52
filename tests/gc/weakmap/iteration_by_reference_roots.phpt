--TEST--
WeakMap foreach by reference: entries written, roots
--FILE--
<?php
// foreach by reference over a WeakMap writes its entries; possible roots as PHP.
$m = new WeakMap;
$a = new stdClass; $b = new stdClass;
$m[$a] = 1; $m[$b] = 2;
echo gc_status()['roots'], "\n";
foreach ($m as $k => &$v) { $v *= 10; }
echo gc_status()['roots'], "\n";
unset($v);
echo gc_status()['roots'], "\n";
unset($k);
echo gc_status()['roots'], "\n";
--EXPECT--
0
2
2
3
