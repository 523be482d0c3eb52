--TEST--
?? and ??= on missing keys, null and false
--FILE--
<?php
$a = ['x' => null, 'y' => 0, 'z' => false];
var_dump($a['x'] ?? 'dx', $a['y'] ?? 'dy', $a['z'] ?? 'dz', $a['w'] ?? 'dw', $undefined ?? 'du', $a['q']['r'] ?? 'deep');
$b = null; $b ??= 5; $b ??= 6; var_dump($b);
$c = []; $c['k'] ??= 'v'; $c['k'] ??= 'w'; var_dump($c);
--EXPECT--
string(2) "dx"
int(0)
bool(false)
string(2) "dw"
string(2) "du"
string(4) "deep"
int(5)
array(1) {
  ["k"]=>
  string(1) "v"
}
