--TEST--
foreach with keys: key and value written into their variables, old values released in PHP's order
--FILE--
<?php
// foreach with keys: the key written straight into its variable, in PHP's order.
class D { function __construct(public $n) {} function __destruct() { echo "destruct {$this->n}\n"; } }
$h = ['a' => 1, 'b' => 2, 7 => 3];
foreach ($h as $k => $v) { echo "$k=$v "; }
echo "\n", $k, " ", $v, "\n";
$k = new D('old key'); $v = new D('old value');
foreach (['x' => 1] as $k => $v) { echo "in loop\n"; }
$r = 'r'; $kr = &$r;
foreach ($h as $kr => $v) {}
echo $r, "\n";
function g() { static $sk; foreach (['s' => 1, 't' => 2] as $sk => $sv) {} return $sk; }
echo g(), "\n";
foreach ([[1, 2], [3, 4]] as $k => [$a, $b]) { echo "$k:$a$b "; }
echo "\n";
foreach ($h as $k => &$ref) { $ref *= 10; }
unset($ref);
echo json_encode($h), " $k\n";
$gen = (function () { yield 'g1' => 1; yield 'g2' => 2; })();
foreach ($gen as $k => $v) { echo "$k=$v "; }
echo "\n";
$kk = str_repeat('k', 3);
$arr = [$kk => 1];
foreach ($arr as $key => $val) {}
debug_zval_dump($key);
--EXPECT--
a=1 b=2 7=3 
7 3
destruct old value
destruct old key
in loop
7
t
0:12 1:34 
{"a":10,"b":20,"7":30} 7
g1=1 g2=2 
string(3) "kkk" refcount(4)
