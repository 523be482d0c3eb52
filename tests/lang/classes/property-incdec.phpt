--TEST--
Increment and decrement of declared properties
--FILE--
<?php
// ++/-- on declared properties: untyped, int, nullable int and float typed, private, past the int range, strings and null.
class C { public $n = 0; public int $t = PHP_INT_MAX - 1; public ?int $u = 5; public float $f = 1.5; private $p = 0; function bump() { $this->p++; return $this->p; } }
$c = new C;
for ($i = 0; $i < 5; $i++) { $c->n++; ++$c->n; $c->n--; }
var_dump($c->n, $c->n++, ++$c->n, $c->n--, --$c->n);
$c->t++; var_dump($c->t);
try { $c->t++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$c->u++; $c->f++; var_dump($c->u, $c->f, $c->bump(), $c->bump());
$c->n = "5"; $c->n++; var_dump($c->n);
$c->n = null; $c->n--; var_dump($c->n);
--EXPECTF--
int(5)
int(5)
int(7)
int(7)
int(5)
int(9223372036854775807)
TypeError: Cannot increment property C::$t of type int past its maximal value
int(6)
float(2.5)
int(1)
int(2)
int(6)

Warning: Decrement on type null has no effect, this will change in the next major version of PHP in %s on line 11
NULL
