--TEST--
__invoke makes objects callable
--FILE--
<?php
class Adder { function __construct(private int $n) {} function __invoke(int $x): int { return $x + $this->n; } }
$add5 = new Adder(5);
var_dump($add5(10), array_map($add5, [1, 2]), is_callable($add5));
--EXPECT--
int(15)
array(2) {
  [0]=>
  int(6)
  [1]=>
  int(7)
}
bool(true)
