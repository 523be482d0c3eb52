--TEST--
ArrayIterator: iteration, count, offsets, seek
--FILE--
<?php
$it = new ArrayIterator([3 => 'c', 1 => 'a', 2 => 'b']);
foreach ($it as $k => $v) echo "$k=$v ";
echo "\n", count($it), " ", $it[1], " ", isset($it[5]) ? 'y' : 'n', "\n";
$it->ksort(); echo implode(",", iterator_to_array($it)), "\n";
$it[9] = 'z'; $it->seek(1); echo $it->current(), "\n";
unset($it[9]); var_dump($it->getArrayCopy());
--EXPECT--
3=c 1=a 2=b 
3 a n
a,b,c
b
array(3) {
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
}
