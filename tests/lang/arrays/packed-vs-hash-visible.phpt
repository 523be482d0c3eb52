--TEST--
packed and hash arrays behave the same through var_dump
--FILE--
<?php
$packed = [1, 2, 3];
$hash = [2 => 3, 0 => 1, 1 => 2];
var_dump($packed == $hash, $packed === $hash, array_values($hash) === $packed);
unset($packed[1]); $packed[] = 4; var_dump($packed);
--EXPECT--
bool(true)
bool(false)
bool(false)
array(3) {
  [0]=>
  int(1)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
