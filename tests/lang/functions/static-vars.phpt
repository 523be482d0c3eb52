--TEST--
static variables keep their value between calls
--FILE--
<?php
function counter() { static $n = 0; return ++$n; }
counter(); counter(); var_dump(counter());
function lazy() { static $arr = []; $arr[] = count($arr); return $arr; }
lazy(); var_dump(lazy());
class K { function m() { static $c = 0; return ++$c; } }
$a = new K; $b = new K; $a->m(); var_dump($b->m());
--EXPECT--
int(3)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
int(2)
