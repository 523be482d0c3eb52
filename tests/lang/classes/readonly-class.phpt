--TEST--
readonly classes
--FILE--
<?php
readonly class Money { function __construct(public int $amount, public string $cur) {} function add(int $n): static { return new static($this->amount + $n, $this->cur); } }
$m = new Money(5, 'EUR'); $n = $m->add(10);
var_dump($m->amount, $n->amount);
try { $m->amount = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(5)
int(15)
Cannot modify readonly property Money::$amount
