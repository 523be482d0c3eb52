--TEST--
foreach over an object modified during the loop
--FILE--
<?php
$o = new stdClass; $o->a = 1; $o->b = 2;
foreach ($o as $k => $v) { echo "$k=$v\n"; if ($k == 'a') { $o->c = 3; unset($o->b); } }
$o = new stdClass; $o->a = 1;
foreach ($o as $k => $v) { echo "$k=$v\n"; $o->a = 5; }
var_dump($o);
--EXPECT--
a=1
c=3
a=1
object(stdClass)#2 (1) {
  ["a"]=>
  int(5)
}
