--TEST--
Asymmetric visibility through foreach by reference, by-ref arguments, ??=, list(), promotion and compound assignment
--FILE--
<?php
class Acc { public private(set) int $balance = 0; public protected(set) array $log = [1]; public private(set) ?int $n = null;
  public function __construct(public private(set) string $name = "x") {} }
$a = new Acc;
foreach ([
  function() use ($a) { foreach ($a->log as &$v) {} },
  function() use ($a) { array_push($a->log, 1); },
  function() use ($a) { $a->n ??= 1; },
  function() use ($a) { [$a->balance] = [1]; },
  function() use ($a) { $a->name = 'y'; },
  function() use ($a) { $a->name .= 'y'; },
  function() use ($a) { --$a->balance; },
] as $i => $f) { try { $f(); echo "$i ok\n"; } catch (Error $e) { echo "$i ", get_class($e), ": ", $e->getMessage(), "\n"; } }
var_dump($a->name, $a->log, $a->n);
$c = clone $a; var_dump($c->balance);
--EXPECT--
0 Error: Cannot indirectly modify protected(set) property Acc::$log from global scope
1 Error: Cannot indirectly modify protected(set) property Acc::$log from global scope
2 Error: Cannot modify private(set) property Acc::$n from global scope
3 Error: Cannot modify private(set) property Acc::$balance from global scope
4 Error: Cannot modify private(set) property Acc::$name from global scope
5 Error: Cannot modify private(set) property Acc::$name from global scope
6 Error: Cannot modify private(set) property Acc::$balance from global scope
string(1) "x"
array(1) {
  [0]=>
  int(1)
}
NULL
int(0)
