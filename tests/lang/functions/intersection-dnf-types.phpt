--TEST--
intersection and DNF types
--FILE--
<?php
interface A {} interface B {} class AB implements A, B {} class OnlyA implements A {}
function inter(A&B $x) { return get_class($x); }
function dnf((A&B)|null $x) { return $x === null ? 'null' : get_class($x); }
var_dump(inter(new AB), dnf(null), dnf(new AB));
try { inter(new OnlyA); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(2) "AB"
string(4) "null"
string(2) "AB"
inter(): Argument #1 ($x) must be of type A&B, OnlyA given, called in %s on line 6
