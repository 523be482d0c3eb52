--TEST--
objects with public, protected and private properties
--FILE--
<?php
class P { public $a = 1; protected $b = [2]; private $c = 'x'; public $n; }
echo str_replace("\0", '\0', $s = serialize(new P)), "\n";
$o = unserialize($s);
var_dump($o);
$o2 = new stdClass; $o2->x = 1; $o2->{'y z'} = [1];
echo $t = serialize($o2), "\n";
var_dump(unserialize($t));
--EXPECT--
O:1:"P":4:{s:1:"a";i:1;s:4:"\0*\0b";a:1:{i:0;i:2;}s:4:"\0P\0c";s:1:"x";s:1:"n";N;}
object(P)#1 (4) {
  ["a"]=>
  int(1)
  ["b":protected]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["c":"P":private]=>
  string(1) "x"
  ["n"]=>
  NULL
}
O:8:"stdClass":2:{s:1:"x";i:1;s:3:"y z";a:1:{i:0;i:1;}}
object(stdClass)#3 (2) {
  ["x"]=>
  int(1)
  ["y z"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
