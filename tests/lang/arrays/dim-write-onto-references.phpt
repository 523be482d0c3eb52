--TEST--
Writes to array elements that are references, in variables and properties
--FILE--
<?php
// Writes to array elements that are references, in variables and in properties.
$a = ['k' => 1, 5 => 2, '7' => 3];
$r = &$a['k']; $s = &$a[5]; $t = &$a[7];
$a['k'] = 'K'; $a[5] = 'five'; $a['7'] = 'seven'; $a['new'] = 'n'; $a['08'] = 'str key';
var_dump($r, $s, $t); echo json_encode($a), "\n";
$b = $a; $b['k'] = 'copy';          // a copy shares the reference, as in PHP
var_dump($r, $a['k']);
class C { public $arr = ['x' => 1]; }
$c = new C; $q = &$c->arr['x'];
$c->arr['x'] = 'X'; $c->arr['y'] = 'Y'; $c->arr[3] = 3;
var_dump($q); echo json_encode($c->arr), "\n";
$d = new C; $e = clone $d; $e->arr['x'] = 2; echo json_encode([$d->arr, $e->arr]), "\n";
$k = 'dyn'; $arr2 = []; for ($i = 0; $i < 3; $i++) { $arr2["$k$i"] = $i; $arr2[$i * 10] = "$i"; }
echo json_encode($arr2), "\n";
--EXPECT--
string(1) "K"
string(4) "five"
string(5) "seven"
{"k":"K","5":"five","7":"seven","new":"n","08":"str key"}
string(4) "copy"
string(4) "copy"
string(1) "X"
{"x":"X","y":"Y","3":3}
[{"x":1},{"x":2}]
{"dyn0":0,"0":"0","dyn1":1,"10":"1","dyn2":2,"20":"2"}
