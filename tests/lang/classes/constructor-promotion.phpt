--TEST--
constructor property promotion with defaults and readonly
--FILE--
<?php
class Point { function __construct(public int $x = 0, public int $y = 0, protected readonly string $label = 'p') {} function label() { return $this->label; } }
$p = new Point(1, y: 5);
var_dump($p, $p->label());
--EXPECT--
object(Point)#1 (3) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(5)
  ["label":protected]=>
  string(1) "p"
}
string(1) "p"
