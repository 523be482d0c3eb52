--TEST--
Assignments, element reads/writes, appends, foreach and concatenation keep PHP's semantics (destructor timing, separation, references, interning)
--FILE--
<?php
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
$a = new D(1);
echo "assign\n";
$a = new D(2);           // D(1) destructs here
echo "after\n";
$arr = [1, 2, 3];
$copy = $arr;
$arr[1] = 'x';           // separates: $copy unchanged
var_dump($copy[1], $arr[1]);
$r = 5; $ref = [&$r, 2];
var_dump($ref[0]);        // reads through the reference
$r = 6; var_dump($ref[0]);
$ref[0] = 7; var_dump($r); // writes through the reference
$big = [PHP_INT_MAX => 1];
try { $big[] = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$s = ''; $t = 'abc';
$u = $s . $t; $v = $t . ''; $w = '' . 5; $x = 'n' . -12; $y = 7 . '';
debug_zval_dump($u, $w, $x, $y);
$list = [1, 2, 3];
foreach ($list as $k => $val) { if ($k == 0) { $list[] = 4; } echo "$k=$val "; }
echo count($list), "\n";
$m = ['a' => 1, '1' => 'one', 'b' => ['c' => 2]];
var_dump($m[1], $m['1'], $m['b']['c']);
$q = [1, 2];
unset($q[0]); $q[] = 3; var_dump($q);
$o = new D(3);
$o2 = $o;
$o = null;              // no destruct: $o2 holds it
echo "still\n";
$o2 = 'gone';           // destructs now
echo "end\n";
--EXPECT--
assign
destruct 1
after
int(2)
string(1) "x"
int(5)
int(6)
int(7)
Cannot add element to the array as the next element is already occupied
string(3) "abc" interned
string(1) "5" interned
string(4) "n-12" interned
string(1) "7" interned
0=1 1=2 2=3 4
string(3) "one"
string(3) "one"
int(2)
array(2) {
  [1]=>
  int(2)
  [2]=>
  int(3)
}
still
destruct 3
end
destruct 2
