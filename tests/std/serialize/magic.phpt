--TEST--
__sleep/__wakeup and __serialize/__unserialize
--FILE--
<?php
class W { public $a = 1; public $b = 2; public function __sleep() { return ['b']; } public function __wakeup() { echo "wakeup\n"; } }
echo $s = serialize(new W), "\n";
var_dump(unserialize($s));
class Q { public $d; public function __serialize(): array { return ['x' => 1, 5 => 2]; } public function __unserialize(array $data): void { echo "unserialize ", json_encode($data), "\n"; $this->d = $data; } }
echo $s = serialize(new Q), "\n";
var_dump(unserialize($s));
--EXPECT--
O:1:"W":1:{s:1:"b";i:2;}
wakeup
object(W)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
O:1:"Q":2:{s:1:"x";i:1;i:5;i:2;}
unserialize {"x":1,"5":2}
object(Q)#1 (1) {
  ["d"]=>
  array(2) {
    ["x"]=>
    int(1)
    [5]=>
    int(2)
  }
}
