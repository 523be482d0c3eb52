--TEST--
readonly properties can be reinitialised inside __clone (8.3+)
--FILE--
<?php
class Pt { function __construct(public readonly int $x, public readonly array $tags = []) {} function __clone() { $this->x = $this->x + 1; } }
$a = new Pt(1); $b = clone $a;
var_dump($a->x, $b->x);
--EXPECT--
int(1)
int(2)
