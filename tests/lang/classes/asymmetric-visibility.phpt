--TEST--
PHP 8.4 asymmetric visibility public private(set)
--FILE--
<?php
class Acc { public private(set) int $balance = 0; function deposit(int $n) { $this->balance += $n; } }
$a = new Acc; $a->deposit(5); var_dump($a->balance);
try { $a->balance = 10; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(5)
Cannot modify private(set) property Acc::$balance from global scope
