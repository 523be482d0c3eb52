--TEST--
By-reference generators: foreach by value and by reference, current(), notices for non-variable yields
--FILE--
<?php
// Generators returning by reference: yielded references bind foreach by reference; other yields notice.
function &gen(array &$a) { foreach ($a as $k => &$v) { yield $k => $v; } }
$d = [1, 2, 3];
foreach (gen($d) as $k => $v) { $v = 0; }
var_dump($d);
$g = gen($d);
var_dump($g->current());
foreach (gen($d) as &$v) { $v++; }
unset($v);
var_dump($d);
function &counter() { $i = 0; while ($i < 3) { yield $i; } }
foreach (counter() as &$n) { $n++; echo $n, "\n"; }
function &lit() { yield 1; yield 2; }
foreach (lit() as &$q) { echo $q, "\n"; }
$obj = new stdClass; $obj->list = [1, 2];
function &props($o) { foreach ($o->list as &$e) yield $e; }
foreach (props($obj) as &$e) $e *= 3;
unset($e);
var_dump($obj->list);
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(1)
array(3) {
  [0]=>
  &int(2)
  [1]=>
  int(3)
  [2]=>
  int(4)
}
1
2
3

Notice: Only variable references should be yielded by reference in %s on line 14
1

Notice: Only variable references should be yielded by reference in %s on line 14
2
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(6)
}
