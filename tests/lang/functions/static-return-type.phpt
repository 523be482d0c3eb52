--TEST--
static and self return types
--FILE--
<?php
class Fluent { protected $calls = []; function add($c): static { $this->calls[] = $c; return $this; } function get(): array { return $this->calls; } }
class Sub extends Fluent {}
$s = (new Sub)->add(1)->add(2);
var_dump(get_class($s), $s->get());
--EXPECT--
string(3) "Sub"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
