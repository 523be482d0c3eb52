--TEST--
repeated objects and PHP references round-trip
--FILE--
<?php
$o = new stdClass;
$o->v = 1;
echo $s = serialize([$o, $o, 'x' => $o]), "\n";
$u = unserialize($s);
$u[0]->v = 2;
var_dump($u[1]->v, $u['x']->v);
$x = 1;
$arr = [&$x, &$x, 2];
echo $s = serialize($arr), "\n";
$b = unserialize($s);
$b[0] = 9;
var_dump($b);
--EXPECT--
a:3:{i:0;O:8:"stdClass":1:{s:1:"v";i:1;}i:1;r:2;s:1:"x";r:2;}
int(2)
int(2)
a:3:{i:0;i:1;i:1;R:2;i:2;i:2;}
array(3) {
  [0]=>
  &int(9)
  [1]=>
  &int(9)
  [2]=>
  int(2)
}
