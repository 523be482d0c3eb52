--TEST--
Memory of casts and literals: (object) shares an array of string keys as its property table, (array) of an object uses interned mangled names, spreads of constant arrays fold at compile time, a string increment makes a string of its own
--FILE--
<?php
function m() { return memory_get_usage(); }
$m0 = m(); $o = (object) ['a' => 1, 'b' => 2]; echo "literal: ", m() - $m0, "\n";
$a = ['x' => [1], 'y' => 'str' . rand(1, 1)];
$m0 = m(); $p = (object) $a; echo "variable: ", m() - $m0, "\n";
$p->x[] = 2; $p->z = 3; var_dump($a, $p);
$m0 = m(); $q = (object) [1, 2, 'k' => 3]; echo "int keys: ", m() - $m0, "\n"; var_dump($q);
$m0 = m(); $r = (object) []; echo "empty: ", m() - $m0, "\n";
$b = ['u' => 1]; $s = (object) $b; $b['u'] = 9; var_dump($s->u); unset($s->u); var_dump($b, $s);
debug_zval_dump($a);
$t = (object) $a; $arr = (array) $t; $arr['x'] = 5; var_dump($t->x);

class P { public $a = 1; public $b; private $c = [1]; protected $d = 2; }
class Q extends P { public $e = "x"; private $c = 5; }
$m0 = m(); $x = (array) new Q; echo "cast Q: ", m() - $m0, "\n"; unset($x);
$o = new Q; @$o->dyn = 1;
$m0 = m(); $x = (array) $o; echo "cast with dyn: ", m() - $m0, "\n"; unset($x);
$m0 = m(); $x = get_mangled_object_vars($o); echo "mangled: ", m() - $m0, "\n"; unset($x);
$m0 = m(); $x = get_object_vars($o); echo "object vars: ", m() - $m0, "\n"; unset($x);
foreach ((array) $o as $k => $v) echo str_replace("\0", '\0', $k), " ";
echo "\n";

$m0 = m(); $a = [...[1, 2], ...[3, 4]]; echo "spread ints: ", m() - $m0, "\n";
$m0 = m(); $b = [0, ...['a' => 1, 'b' => 2], 'a' => 9, ...[5]]; echo "spread mixed: ", m() - $m0, "\n";
$m0 = m(); $c = [...[], ...[[1], 2]]; echo "spread nested: ", m() - $m0, "\n";
var_dump($a, $b, $c);
$x = [1, 2];
$m0 = m(); $d = [...$x, 3]; echo "spread var: ", m() - $m0, "\n";
var_dump($d);

foreach (["a", "z", "Az", "zz", "a9", "abc", "Zz9"] as $s0) { $s = $s0; $m0 = m(); $s++; echo "$s0 -> $s: ", m() - $m0, "\n"; }
$s = "a" . rand(1, 1); $m0 = m(); $s++; echo "owned $s: ", m() - $m0, "\n";
--EXPECT--
literal: 72
variable: 40
array(2) {
  ["x"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["y"]=>
  string(4) "str1"
}
object(stdClass)#2 (3) {
  ["x"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["y"]=>
  string(4) "str1"
  ["z"]=>
  int(3)
}
int keys: 416
object(stdClass)#3 (3) {
  ["0"]=>
  int(1)
  ["1"]=>
  int(2)
  ["k"]=>
  int(3)
}
empty: 96
int(1)
array(1) {
  ["u"]=>
  int(9)
}
object(stdClass)#5 (0) {
}
array(2) refcount(2){
  ["x"]=>
  array(1) packed refcount(2){
    [0]=>
    int(1)
  }
  ["y"]=>
  string(4) "str1" refcount(2)
}
array(1) {
  [0]=>
  int(1)
}
cast Q: 376
cast with dyn: 376
mangled: 376
object vars: 376
a b \0P\0c \0*\0d e \0Q\0c dyn 
spread ints: 0
spread mixed: -376
spread nested: 0
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
array(4) {
  [0]=>
  int(0)
  ["a"]=>
  int(9)
  ["b"]=>
  int(2)
  [1]=>
  int(5)
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [1]=>
  int(2)
}
spread var: 216
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
a -> b: 32
z -> aa: 32
Az -> Ba: 32
zz -> aaa: 32
a9 -> b0: 32
abc -> abd: 32
Zz9 -> AAa0: 32
owned a2: 0
