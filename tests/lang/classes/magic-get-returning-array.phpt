--TEST--
__get returning arrays: indirect modification notice
--FILE--
<?php
class M { private $data = ['list' => [1]]; function __get($n) { return $this->data[$n]; } }
$m = new M;
$m->list[] = 2;
var_dump($m->list);
--EXPECTF--

Notice: Indirect modification of overloaded property M::$list has no effect in %s on line 4
array(1) {
  [0]=>
  int(1)
}
