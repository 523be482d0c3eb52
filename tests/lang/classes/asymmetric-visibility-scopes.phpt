--TEST--
Asymmetric visibility: private(set)/protected(set) writes, unsets, references and appends from each scope; dumps
--FILE--
<?php
class Acc { public private(set) int $balance = 0; public protected(set) array $log = []; public private(set) ?Acc $peer = null;
  function deposit(int $n) { $this->balance += $n; $this->log[] = $n; } }
class Sub extends Acc { function hack() { try { $this->balance = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; } $this->log[] = 'sub'; } }
$a = new Acc; $a->deposit(5); var_dump($a->balance);
foreach ([
  fn() => $a->balance = 10,
  fn() => $a->balance++,
  fn() => $a->balance += 2,
  function() use ($a) { unset($a->balance); },
  function() use ($a) { $r = &$a->balance; },
  fn() => $a->log[] = 1,
  fn() => $a->log = [],
] as $f) { try { $f(); echo "ok\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$s = new Sub; $s->hack(); var_dump($s->log);
$b = new Acc; 
class P { function f($a) { $a->balance = 3; } }
try { (new P)->f($b); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($a);
print_r($a); echo "\n";
var_export($a); echo "\n";
--EXPECT--
int(5)
Error: Cannot modify private(set) property Acc::$balance from global scope
Error: Cannot modify private(set) property Acc::$balance from global scope
Error: Cannot modify private(set) property Acc::$balance from global scope
Error: Cannot unset private(set) property Acc::$balance from global scope
Error: Cannot indirectly modify private(set) property Acc::$balance from global scope
Error: Cannot indirectly modify protected(set) property Acc::$log from global scope
Error: Cannot modify protected(set) property Acc::$log from global scope
Cannot modify private(set) property Acc::$balance from scope Sub
array(1) {
  [0]=>
  string(3) "sub"
}
Cannot modify private(set) property Acc::$balance from scope P
object(Acc)#1 (3) {
  ["balance"]=>
  int(5)
  ["log"]=>
  array(1) {
    [0]=>
    int(5)
  }
  ["peer"]=>
  NULL
}
Acc Object
(
    [balance] => 5
    [log] => Array
        (
            [0] => 5
        )

    [peer] => 
)

\Acc::__set_state(array(
   'balance' => 5,
   'log' => 
  array (
    0 => 5,
  ),
   'peer' => NULL,
))
