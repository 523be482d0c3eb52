--TEST--
ArrayObject behaves like an array through ArrayAccess, Countable, IteratorAggregate
--FILE--
<?php
$ao = new ArrayObject(['x' => 1]);
$ao['y'] = 2; $ao[] = 3;
var_dump(count($ao), $ao['y'], isset($ao['x']), $ao->getArrayCopy());
foreach ($ao as $k => $v) echo "$k:$v ";
echo "\n";
unset($ao['x']); var_dump($ao->count(), $ao instanceof Countable, $ao instanceof IteratorAggregate, $ao instanceof ArrayAccess);
--EXPECT--
int(3)
int(2)
bool(true)
array(3) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
  [0]=>
  int(3)
}
x:1 y:2 0:3 
int(2)
bool(true)
bool(true)
bool(true)
