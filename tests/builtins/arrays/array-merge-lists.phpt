--TEST--
array_merge of lists, hashes, holes and references; its memory
--FILE--
<?php
// array_merge of lists (one block), of hashes, with holes and references; its memory.
$a = [1, 2, 3]; $b = [4, 5]; $h = ['x' => 1, 5 => 2];
$holes = [1, 2, 3, 4]; unset($holes[1]);
$y = 7; $r = [&$y, 8];
echo json_encode(array_merge($a, $b)), json_encode(array_merge($a, $h)), json_encode(array_merge($holes, $a)),
    json_encode(array_merge()), json_encode(array_merge([], [])), json_encode(array_merge($r, $a)), "\n";
$m = array_merge($a, $b); $m[] = 9; echo json_encode($m), "\n";
$mm = array_merge($r); $mm[0] = 1; echo $y, "\n";
$m0 = memory_get_usage(); $big = array_merge(range(1, 100), range(1, 30)); echo memory_get_usage() - $m0, "\n";
$m0 = memory_get_usage(); $big2 = array_merge(['a' => 1, 'a2' => 1], ['a' => 2]); echo memory_get_usage() - $m0, "\n";
debug_zval_dump(array_merge([str_repeat('z', 5)], [1]));
--EXPECT--
[1,2,3,4,5]{"0":1,"1":2,"2":3,"x":1,"3":2}[1,3,4,1,2,3][][][7,8,1,2,3]
[1,2,3,4,5,9]
1
8248
376
array(2) packed refcount(1){
  [0]=>
  string(5) "zzzzz" refcount(1)
  [1]=>
  int(1)
}
