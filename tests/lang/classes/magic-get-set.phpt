--TEST--
__get, __set, __isset, __unset for inaccessible properties
--FILE--
<?php
class Bag { private $data = []; public $real = 'real';
  function __get($n) { echo "get $n\n"; return $this->data[$n] ?? null; }
  function __set($n, $v) { echo "set $n\n"; $this->data[$n] = $v; }
  function __isset($n) { echo "isset $n\n"; return isset($this->data[$n]); }
  function __unset($n) { echo "unset $n\n"; unset($this->data[$n]); } }
$b = new Bag; $b->x = 1; var_dump($b->x, isset($b->x), isset($b->y), empty($b->x)); unset($b->x); var_dump(isset($b->x));
var_dump($b->real); $b->real = 'changed'; var_dump($b->real);
--EXPECT--
set x
get x
isset x
isset y
isset x
get x
int(1)
bool(true)
bool(false)
bool(false)
unset x
isset x
bool(false)
string(4) "real"
string(7) "changed"
