--TEST--
var_dump, print_r and var_export build the property table, json_encode and serialize do not
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
class P { public $a = 1; public $b = 2; }
$p = new P;
ob_start(); $b = mem(); var_dump($p); $d = mem() - $b; ob_end_clean(); echo "var_dump: $d\n";
$p2 = new P;
ob_start(); $b = mem(); print_r($p2); $d = mem() - $b; ob_end_clean(); echo "print_r: $d\n";
$p3 = new P;
$b = mem(); $j = json_encode($p3); echo "json_encode: ", mem() - $b, "\n";
$p4 = new P;
$b = mem(); $s = serialize($p4); echo "serialize: ", mem() - $b, "\n";
$p5 = new P;
$b = mem(); $e = var_export($p5, true); echo "var_export: ", mem() - $b, "\n";
$p6 = new P; $p6->dyn = 1;
$b = mem(); unset($p6); echo "free with dyn: ", mem() - $b, "\n";
$p7 = new P;
$b = mem(); $p7->dyn = 1; echo "add dyn to declared: ", mem() - $b, "\n";
--EXPECTF--
start
var_dump: 376
print_r: 376
json_encode: 48
serialize: 80
var_export: 472

Deprecated: Creation of dynamic property P::$dyn is deprecated in %s on line 15
free with dyn: -456

Deprecated: Creation of dynamic property P::$dyn is deprecated in %s on line 18
add dyn to declared: 376
