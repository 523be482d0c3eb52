--TEST--
by-reference foreach over object properties: memory
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$o = new stdClass; $o->a = 1; $o->b = "x"; $o->c = [1];
$b = mem(); foreach ($o as $k => &$val) {} echo "byref own: ", mem() - $b, "\n";
unset($val);
$b = mem(); foreach ($o as $k => &$val) {} echo "byref again: ", mem() - $b, "\n";
unset($val);
$p = new stdClass; $p->a = 1; $p->b = 2;
$b = mem(); foreach ($p as $k => &$val) { $val++; } echo "byref inc: ", mem() - $b, "\n";
var_dump($p);
--EXPECT--
start
byref own: 128
byref again: 0
byref inc: 96
object(stdClass)#2 (2) {
  ["a"]=>
  int(2)
  ["b"]=>
  &int(3)
}
