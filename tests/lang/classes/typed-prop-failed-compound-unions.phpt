--TEST--
a failed compound assignment on union, mixed and class-typed properties
--FILE--
<?php
class Q { public mixed $m = 5; public array|int $ai = 5; public ?stdClass $o = null; public iterable $it = [1]; public int|float $if = 5; public string|bool $sb = "x"; public float|bool $fb = 1.5; }
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$q = new Q;
t(fn() => $q->m /= 0); var_dump($q->m);
t(fn() => $q->ai %= 0); var_dump($q->ai);
t(fn() => $q->o += 1); var_dump($q->o);
t(fn() => $q->if /= 0); var_dump($q->if);
t(fn() => $q->sb -= []); var_dump($q->sb);
t(fn() => $q->fb *= []); var_dump($q->fb);
--EXPECT--
DivisionByZeroError: Division by zero
int(0)
DivisionByZeroError: Modulo by zero
int(0)
TypeError: Cannot assign int to property Q::$o of type ?stdClass
NULL
DivisionByZeroError: Division by zero
int(0)
TypeError: Unsupported operand types: string - array
string(0) ""
TypeError: Unsupported operand types: float * array
float(0)
