--TEST--
array_fill/array_reverse/array_values/array_slice/array_sum on lists, holes, hashes and references
--FILE--
<?php
// array_fill / array_reverse / array_values / array_slice / array_sum on lists, lists with
// holes, hashes and references: results, keys, next index, refcounts and memory.
$list = range(1, 10);
$holes = $list; unset($holes[3], $holes[9]);
$hash = ['a' => 1, 'b' => 2.5, 3 => '4', 'c' => null, 'd' => true];
$x = 5; $refs = [1, &$x, 3];
foreach (['list' => $list, 'holes' => $holes, 'hash' => $hash, 'refs' => $refs] as $name => $arr) {
    echo "== $name\n";
    echo json_encode(array_reverse($arr)), " ", json_encode(array_reverse($arr, true)), "\n";
    echo json_encode(array_values($arr)), "\n";
    echo json_encode(array_slice($arr, 1, 3)), " ", json_encode(array_slice($arr, -2)), " ",
        json_encode(array_slice($arr, 2, -1, true)), " ", json_encode(array_slice($arr, 50)), "\n";
    var_dump(array_sum($arr), array_product($arr));
    $r = array_reverse($arr); $r[] = 'n'; echo array_key_last($r), "\n";
    $v = array_values($arr); $v[] = 'n'; echo array_key_last($v), "\n";
}
var_dump(array_fill(0, 3, 'v'), array_fill(5, 2, [1]), array_fill(-3, 2, 0), array_fill(0, 0, 1));
$f = array_fill(0, 4, 'x'); $f[] = 'y'; echo json_encode($f), "\n";
$s = str_repeat('s', 3) . 'x';
$filled = array_fill(0, 3, $s);
debug_zval_dump($s);
$m = memory_get_usage(); $big = array_fill(0, 1000, 1); echo memory_get_usage() - $m, "\n";
$m = memory_get_usage(); $rv = array_reverse($big); echo memory_get_usage() - $m, "\n";
$m = memory_get_usage(); $sl = array_slice($big, 10, 100); echo memory_get_usage() - $m, "\n";
$m = memory_get_usage(); $vv = array_values($hash); echo memory_get_usage() - $m, "\n";
$refs2 = array_values($refs); $refs2[1] = 99; echo $x, "\n";
var_dump(array_sum([1, PHP_INT_MAX]), array_sum(["3", "4.5", "x"]), array_sum([[1]]));
--EXPECTF--
== list
[10,9,8,7,6,5,4,3,2,1] {"9":10,"8":9,"7":8,"6":7,"5":6,"4":5,"3":4,"2":3,"1":2,"0":1}
[1,2,3,4,5,6,7,8,9,10]
[2,3,4] [9,10] {"2":3,"3":4,"4":5,"5":6,"6":7,"7":8,"8":9} []
int(55)
int(3628800)
10
10
== holes
[9,8,7,6,5,3,2,1] {"8":9,"7":8,"6":7,"5":6,"4":5,"2":3,"1":2,"0":1}
[1,2,3,5,6,7,8,9]
[2,3,5] [8,9] {"2":3,"4":5,"5":6,"6":7,"7":8} []
int(41)
int(90720)
8
8
== hash
{"d":true,"c":null,"0":"4","b":2.5,"a":1} {"d":true,"c":null,"3":"4","b":2.5,"a":1}
[1,2.5,"4",null,true]
{"b":2.5,"0":"4","c":null} {"c":null,"d":true} {"3":"4","c":null} []
float(8.5)
float(0)
1
5
== refs
[3,5,1] {"2":3,"1":5,"0":1}
[1,5,3]
[5,3] [5,3] [] []
int(9)
int(15)
3
3
array(3) {
  [0]=>
  string(1) "v"
  [1]=>
  string(1) "v"
  [2]=>
  string(1) "v"
}
array(2) {
  [5]=>
  array(1) {
    [0]=>
    int(1)
  }
  [6]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(2) {
  [-3]=>
  int(0)
  [-2]=>
  int(0)
}
array(0) {
}
["x","x","x","x","y"]
string(4) "sssx" refcount(5)
20536
20536
2616
216
99

Warning: array_sum(): Addition is not supported on type string in %s on line 28

Warning: array_sum(): Addition is not supported on type array in %s on line 28
float(9.223372036854776E+18)
float(7.5)
int(0)
