--TEST--
$a[k] = v and $a[] = v in loops on shared and literal arrays (the dispatch loop's own write, separating first): copies stay apart, references, self-append, refcounts and memory
--FILE--
<?php
// $a[k] = v and $a[] = v on a variable whose array is shared or a literal (separated first):
// copies stay apart, refcounts and memory as PHP's.
for ($i = 0; $i < 3; $i++) { $a = []; $a[] = $i; $a["k$i"] = $i * 2; }
var_dump($a);
$base = [1, 2, 3];
for ($i = 0; $i < 3; $i++) { $b = $base; $b[] = $i; $b[0] = "x$i"; }
var_dump($base, $b);
$c = [1]; $d = $c; $e = $c;
$d[] = 2; $e[5] = 3;
var_dump($c, $d, $e);
$self = [1]; $self[] = $self; var_dump($self);
$r = 5; $withref = [&$r, 2]; $copy = $withref; $copy[] = 9; $copy[0] = 7;
var_dump($r, $withref, $copy);
$lit = ["a" => 1]; $lit2 = $lit; $lit2["b"] = 2; $lit2["a"] = 0;
var_dump($lit, $lit2);
debug_zval_dump($c, $d);
$m0 = memory_get_usage();
$keep = [];
for ($i = 0; $i < 100; $i++) { $x = []; $x[] = $i; $x[] = "s$i"; $keep[] = $x; }
echo memory_get_usage() - $m0, "\n";
$big = range(1, 50); $big2 = $big;
$m1 = memory_get_usage(); $big2[] = 51; echo memory_get_usage() - $m1, "\n";
--EXPECT--
array(2) {
  [0]=>
  int(2)
  ["k2"]=>
  int(4)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(4) {
  [0]=>
  string(2) "x2"
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(2)
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [5]=>
  int(3)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(1)
  }
}
int(7)
array(2) {
  [0]=>
  &int(7)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  &int(7)
  [1]=>
  int(2)
  [2]=>
  int(9)
}
array(1) {
  ["a"]=>
  int(1)
}
array(2) {
  ["a"]=>
  int(0)
  ["b"]=>
  int(2)
}
array(1) packed refcount(3){
  [0]=>
  int(1)
}
array(2) packed refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
27416
1336
