--TEST--
strict_types: typed instance and static property assignment
--FILE--
<?php
declare(strict_types=1);
class A { public int $x = 0; public static int $n = 0; public float $f = 0.0; }
$a = new A;
try { $a->x = "5"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { A::$n = "5"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a->f = 5; var_dump($a->f);
A::$n += 1; var_dump(A::$n);
--EXPECT--
Cannot assign string to property A::$x of type int
Cannot assign string to property A::$n of type int
float(5)
int(1)
