--TEST--
Backed enum with duplicate values fails on each use except cases()
--FILE--
<?php
// A backed enum with duplicate values fails on every use; a sound one works.
enum E: int { case A = 1; case B = 2; case C = 1; }
foreach ([fn() => E::A, fn() => E::from(2), fn() => E::cases(), fn() => E::tryFrom(5)] as $f) {
    try { var_dump($f()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
enum S: string { case X = 'a'; case Y = 'b'; }
var_dump(S::from('b'), S::tryFrom('c'));
--EXPECT--
Error: Duplicate value in enum E for cases A and C
Error: Duplicate value in enum E for cases A and C
array(3) {
  [0]=>
  enum(E::A)
  [1]=>
  enum(E::B)
  [2]=>
  enum(E::C)
}
Error: Duplicate value in enum E for cases A and C
enum(S::Y)
NULL
