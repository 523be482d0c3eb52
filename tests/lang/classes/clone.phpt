--TEST--
clone is shallow; __clone can deep copy
--FILE--
<?php
class Inner { public $v = 1; }
class Outer { public $inner; public $arr = [1]; function __construct() { $this->inner = new Inner; } }
class Deep extends Outer { function __clone() { $this->inner = clone $this->inner; } }
$a = new Outer; $b = clone $a; $b->inner->v = 2; $b->arr[] = 2;
var_dump($a->inner->v, count($a->arr));
$c = new Deep; $d = clone $c; $d->inner->v = 3;
var_dump($c->inner->v, $a !== $b);
--EXPECT--
int(2)
int(1)
int(1)
bool(true)
