--TEST--
nullsafe operator ?-> short-circuits the whole chain
--FILE--
<?php
class A { public ?A $next = null; public int $v = 1; function get() { echo "get called\n"; return $this; } }
$a = new A; $a->next = new A; $a->next->v = 2;
var_dump($a?->next?->v, $a->next->next?->v, $a->next->next?->get()->v);
$n = null;
var_dump($n?->foo(print("not evaluated\n")));
--EXPECT--
int(2)
NULL
NULL
NULL
