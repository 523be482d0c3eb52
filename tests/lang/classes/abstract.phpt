--TEST--
abstract classes and methods
--FILE--
<?php
abstract class Shape { abstract function area(): float; function describe() { return static::class . " " . number_format($this->area(), 2); } }
class Circle extends Shape { function __construct(private float $r) {} function area(): float { return M_PI * $this->r ** 2; } }
echo (new Circle(2))->describe(), "\n";
try { new Shape; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Circle 12.57
Cannot instantiate abstract class Shape
