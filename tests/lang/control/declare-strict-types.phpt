--TEST--
declare(strict_types=1) makes scalar parameter types strict
--FILE--
<?php
declare(strict_types=1);
function f(int $x) { return $x; }
var_dump(f(5));
try { f("5"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(5.0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function g(float $x) { return $x; }
var_dump(g(5));
--EXPECTF--
int(5)
f(): Argument #1 ($x) must be of type int, string given, called in %s on line 5
f(): Argument #1 ($x) must be of type int, float given, called in %s on line 6
float(5)
