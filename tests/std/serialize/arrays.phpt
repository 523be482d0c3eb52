--TEST--
nested arrays keep keys and order
--FILE--
<?php
$a = [1 => 'a', 'k' => [1, [2, 3]], -5 => null, '07' => true];
echo $s = serialize($a), "\n";
var_dump(unserialize($s) === $a);
var_dump(unserialize('a:2:{i:0;i:1;s:1:"1";i:2;}'));
echo serialize([]), "\n";
--EXPECT--
a:4:{i:1;s:1:"a";s:1:"k";a:2:{i:0;i:1;i:1;a:2:{i:0;i:2;i:1;i:3;}}i:-5;N;s:2:"07";b:1;}
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
a:0:{}
