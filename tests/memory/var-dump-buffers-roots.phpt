--TEST--
var_dump and debug_zval_dump leave every array they print in the root buffer (print_r, var_export, json_encode do not)
--FILE--
<?php
function roots() { return gc_status()["roots"]; }
$a = [1, 2, 3];
echo roots(), "\n";
var_dump($a);
echo "max ", roots(), "\n";
$o = new stdClass; $o->p = [1, [2]];
var_dump($o);
echo "obj ", roots(), "\n";
$b = [[1], [2], ["x" => [3]]];
var_dump($b);
echo "nested3 ", roots(), "\n";
$t = [1, 2];
$u = $t; 
var_dump($u, 5);
echo "two ", roots(), "\n";
function g() { return [1, 2, 3 + random_int(0, 0)]; }
var_dump(g());
echo "tmp ", roots(), "\n";
$s = "abc" . random_int(0, 0);
var_dump($s);
echo "str ", roots(), "\n";
$a2 = [1, 2, 3];
debug_zval_dump($a2);
$st = gc_status(); echo $st["roots"], "\n";
$b = [1, [2]];
var_dump($b);
$st = gc_status(); echo $st["roots"], "\n";
print_r($b);
$st = gc_status(); echo $st["roots"], "\n";
var_export($b);
$st = gc_status(); echo $st["roots"], "\n";
echo json_encode($b);
$st = gc_status(); echo $st["roots"], "\n";
--EXPECT--
0
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
max 1
object(stdClass)#1 (1) {
  ["p"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    array(1) {
      [0]=>
      int(2)
    }
  }
}
obj 3
array(3) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [1]=>
  array(1) {
    [0]=>
    int(2)
  }
  [2]=>
  array(1) {
    ["x"]=>
    array(1) {
      [0]=>
      int(3)
    }
  }
}
nested3 8
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(5)
two 9
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
tmp 9
string(4) "abc0"
str 9
array(3) packed refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
10
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(2)
  }
}
12
Array
(
    [0] => 1
    [1] => Array
        (
            [0] => 2
        )

)
12
array (
  0 => 1,
  1 => 
  array (
    0 => 2,
  ),
)12
[1,[2]]12
