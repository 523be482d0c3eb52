--TEST--
a failed compound assignment leaves a typed property at its type's zero, as PHP's fresh result coerced
--FILE--
<?php
class Q { public int $i = 5; public float $f = 1.5; public string $s = "ab"; public bool $b = true; public ?int $n = 3; public int|string $u = 4; public $x = 5; public static int $si = 7; public array $a = [1]; }
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$o = new Q;
t(fn() => $o->i /= 0); var_dump($o->i);
t(fn() => $o->f %= 0); var_dump($o->f);
t(fn() => $o->s .= []); var_dump($o->s);
t(fn() => $o->b += []); var_dump($o->b);
t(fn() => $o->n <<= -1); var_dump($o->n);
t(fn() => $o->u -= []); var_dump($o->u);
t(fn() => $o->x /= 0); var_dump($o->x);
t(fn() => Q::$si %= 0); var_dump(Q::$si);
t(fn() => $o->a += 1); var_dump($o->a);
$r = &$o->i; $o->i = 9;
t(fn() => $r /= 0); var_dump($o->i);
--EXPECTF--
DivisionByZeroError: Division by zero
int(0)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 6
DivisionByZeroError: Modulo by zero
float(0)

Warning: Array to string conversion in %s on line 7
string(7) "abArray"
TypeError: Unsupported operand types: bool + array
bool(false)
ArithmeticError: Bit shift by negative number
int(0)
TypeError: Unsupported operand types: int - array
int(0)
DivisionByZeroError: Division by zero
int(5)
DivisionByZeroError: Modulo by zero
int(0)
TypeError: Unsupported operand types: array + int
array(1) {
  [0]=>
  int(1)
}
DivisionByZeroError: Division by zero
int(9)
