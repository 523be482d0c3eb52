--TEST--
writes through $GLOBALS change the global in place, without a reference (PHP's memory)
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$a = 1;
function f() { $GLOBALS['a'] = 2; $GLOBALS['b'] = [1]; $GLOBALS['b'][] = 2; $GLOBALS['c']['x'] = 1; $GLOBALS['a']++; }
$m0 = mem();
f();
echo "mem: ", mem() - $m0, "\n";
var_dump($a, $b, $c);
function g() { global $a; $a = 10; }
g(); var_dump($a);
$r = &$GLOBALS['a']; $r = 11; var_dump($a);
unset($GLOBALS['c']); var_dump(isset($c));
function h() { return $GLOBALS['a'] + 1; } var_dump(h());
--EXPECT--
start
mem: 592
int(3)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(1) {
  ["x"]=>
  int(1)
}
int(10)
int(11)
bool(false)
int(12)
