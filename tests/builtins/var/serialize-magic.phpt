--TEST--
__serialize/__unserialize and __sleep/__wakeup
--FILE--
<?php
class A { public $x = 1; public $y = 2; function __sleep() { echo "sleep\n"; return ['x']; } function __wakeup() { echo "wakeup\n"; $this->y = 'woken'; } }
class B { public $data = [1]; function __serialize(): array { return ['d' => $this->data, 'extra' => true]; } function __unserialize(array $a): void { $this->data = $a['d']; echo "unserialize extra=", var_export($a['extra'], true), "\n"; } }
$sa = serialize(new A); var_dump($sa, unserialize($sa));
$sb = serialize(new B); var_dump($sb, unserialize($sb));
--EXPECT--
sleep
wakeup
string(24) "O:1:"A":1:{s:1:"x";i:1;}"
object(A)#1 (2) {
  ["x"]=>
  int(1)
  ["y"]=>
  string(5) "woken"
}
unserialize extra=true
string(50) "O:1:"B":2:{s:1:"d";a:1:{i:0;i:1;}s:5:"extra";b:1;}"
object(B)#1 (1) {
  ["data"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
