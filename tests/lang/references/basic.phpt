--TEST--
references: two names for one value
--FILE--
<?php
$a = 1; $b = &$a; $b = 2; var_dump($a);
unset($b); $b = 3; var_dump($a);
$arr = [1, 2]; $r = &$arr[1]; $r = 'changed'; var_dump($arr);
$copy = $arr; $r = 'again'; var_dump($copy[1], $arr[1]);
--EXPECT--
int(2)
int(2)
array(2) {
  [0]=>
  int(1)
  [1]=>
  &string(7) "changed"
}
string(5) "again"
string(5) "again"
