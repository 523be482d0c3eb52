--TEST--
Typed static property assignment coerces or throws
--FILE--
<?php
class A { public static int $n = 1; public static ?string $s = null; }
try { A::$n = "abc"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
A::$n = "5"; var_dump(A::$n);
A::$s = 5; var_dump(A::$s);
--EXPECT--
Cannot assign string to property A::$n of type int
int(5)
string(1) "5"
