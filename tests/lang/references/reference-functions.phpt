--TEST--
returning references and reference parameters with arrays
--FILE--
<?php
class Registry { private $items = []; function &get($k) { if (!isset($this->items[$k])) $this->items[$k] = null; return $this->items[$k]; } function all() { return $this->items; } }
$r = new Registry; $ref = &$r->get('a'); $ref = 'set via ref'; var_dump($r->all());
function addAll(array &$target, ...$vals) { foreach ($vals as $v) $target[] = $v; }
$t = []; addAll($t, 1, 2); var_dump($t);
--EXPECT--
array(1) {
  ["a"]=>
  &string(11) "set via ref"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
