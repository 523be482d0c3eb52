--TEST--
foreach by reference over an object writes its properties, reaches added ones, skips unset ones, works on $this
--FILE--
<?php
$o = new stdClass; $o->a = 1; $o->b = 2; $o->c = 3;
foreach ($o as $k => &$v) { if ($k == 'a') { unset($o->b); } $v *= 10; }
unset($v);
var_dump($o);
$o = new stdClass; $o->a = 1;
foreach ($o as $k => &$v) { if ($k == 'a') { $o->z = 9; } $v = "seen $k"; }
unset($v);
var_dump($o);
$o = new stdClass; $o->a = 1; $o->b = 2;
foreach ($o as &$v) { $v = 'x'; break; }
unset($v);
var_dump($o);
class H { public $pub = 1; protected $pro = 2; private $pri = 3;
  function all() { foreach ($this as $k => &$v) { $v = "$k!"; } unset($v); return get_object_vars($this); } }
$h = new H;
foreach ($h as $k => &$v) { $v = "out $k"; }
unset($v);
var_dump($h, $h->all());
$empty = new stdClass;
foreach ($empty as &$v) { echo "never\n"; }
$n = new stdClass; $n->list = [3, 1, 2];
foreach ($n as $name => &$list) { sort($list); }
unset($list);
print_r($n);
$c1 = new stdClass; $c1->x = 1; $c2 = clone $c1;
foreach ($c2 as &$v) { $v = 2; }
unset($v);
var_dump($c1, $c2);
$arr = (array)$c1; $arr['x'] = 5; var_dump($c1->x, $arr);
$g = get_object_vars($c1); $c1->x = 7; var_dump($g, $c1);
--EXPECT--
object(stdClass)#1 (2) {
  ["a"]=>
  int(10)
  ["c"]=>
  int(30)
}
object(stdClass)#2 (2) {
  ["a"]=>
  string(6) "seen a"
  ["z"]=>
  string(6) "seen z"
}
object(stdClass)#1 (2) {
  ["a"]=>
  string(1) "x"
  ["b"]=>
  int(2)
}
object(H)#2 (3) {
  ["pub"]=>
  string(4) "pub!"
  ["pro":protected]=>
  string(4) "pro!"
  ["pri":"H":private]=>
  string(4) "pri!"
}
array(3) {
  ["pub"]=>
  string(4) "pub!"
  ["pro"]=>
  string(4) "pro!"
  ["pri"]=>
  string(4) "pri!"
}
stdClass Object
(
    [list] => Array
        (
            [0] => 1
            [1] => 2
            [2] => 3
        )

)
object(stdClass)#5 (1) {
  ["x"]=>
  int(1)
}
object(stdClass)#6 (1) {
  ["x"]=>
  int(2)
}
int(1)
array(1) {
  ["x"]=>
  int(5)
}
array(1) {
  ["x"]=>
  int(1)
}
object(stdClass)#5 (1) {
  ["x"]=>
  int(7)
}
