--TEST--
Memory of unserialize'd objects: PHP's property table built and extended for the incoming properties (an empty one for an object with none)
--FILE--
<?php
function m() { return memory_get_usage(); }
class P { public $a = 1; public $b; private $c = [1]; protected $d = 2; }
class Q extends P { public $e = "x"; }
class W { public $x = 1; function __wakeup() {} }
class U { public $x = 1; function __unserialize(array $d): void { $this->x = $d['x']; } function __serialize(): array { return ['x' => $this->x]; } }
foreach ([new Q, new P, new W, new U, new stdClass, (object) ['a' => 1], [new Q, new Q]] as $v) {
  $s = serialize($v);
  $m0 = m(); $x = unserialize($s); echo get_debug_type($v), ": ", m() - $m0, "\n"; unset($x);
}
$x = unserialize(serialize(new Q)); $x->e = "changed"; @$x->newprop = 1; var_dump($x);
--EXPECT--
Q: 1232
P: 864
W: 432
U: 56
stdClass: 96
stdClass: 416
array: 2776
object(Q)#6 (6) {
  ["a"]=>
  int(1)
  ["b"]=>
  NULL
  ["c":"P":private]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["d":protected]=>
  int(2)
  ["e"]=>
  string(7) "changed"
  ["newprop"]=>
  int(1)
}
