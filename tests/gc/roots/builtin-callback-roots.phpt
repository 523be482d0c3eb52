--TEST--
Builtins calling back into PHP and WeakMap writes record PHP's possible roots
--FILE--
<?php
// Values a builtin holds while it calls back into PHP code (count() calling a Countable's
// count()) leave no possible roots once the callback has returned; WeakMap writes leave none.
class K {}
class C implements Countable { public $self; function count(): int { return 3; } }
$m = new WeakMap;
$k = new K;
$m[$k] = 1;
unset($m[$k]);
echo count($m), " ", gc_status()['roots'], "\n";
$m[$k] = 2;
$m2 = new WeakMap;
$m2[$k] = 1;
echo count($m2), " ", gc_status()['roots'], "\n";
$c = new C;
echo count($c), " ", gc_status()['roots'], "\n";
$keys = [];
for ($i = 0; $i < 5; $i++) { $keys[] = $k = new K; $m[$k] = [$i]; }
echo gc_status()['roots'], "\n";
foreach ($keys as $k) { unset($m[$k]); }
echo gc_status()['roots'], " ", count($m), "\n";
$m[$keys[0]] = $keys;
echo gc_status()['roots'], "\n";
--EXPECT--
0 0
1 0
3 1
5
6 0
6
