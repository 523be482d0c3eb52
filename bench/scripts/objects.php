<?php
// Object creation, property access and method dispatch.
class Vec { public function __construct(public float $x, public float $y) {} 
  public function add(Vec $o): Vec { return new Vec($this->x + $o->x, $this->y + $o->y); }
  public function len2(): float { return $this->x * $this->x + $this->y * $this->y; } }
abstract class Shape { abstract public function area(): float; }
class Sq extends Shape { public function __construct(private float $s) {} public function area(): float { return $this->s * $this->s; } }
class Ci extends Shape { public function __construct(private float $r) {} public function area(): float { return 3.14159 * $this->r * $this->r; } }
$v = new Vec(0, 0);
for ($i = 0; $i < 300000; $i++) { $v = $v->add(new Vec(1, 2)); }
$shapes = [];
for ($i = 0; $i < 1000; $i++) { $shapes[] = $i % 2 ? new Sq($i) : new Ci($i); }
$total = 0.0;
for ($k = 0; $k < 300; $k++) { foreach ($shapes as $s) { $total += $s->area(); } }
echo $v->len2(), " ", round($total), "\n";
