--TEST--
compact and extract
--FILE--
<?php
$a = 1; $b = 'two';
var_dump(compact('a', 'b', ['a']));
$n = extract(['c' => 3, 'a' => 'overwritten']);
var_dump($n, $a, $c);
extract(['a' => 'skip'], EXTR_SKIP); var_dump($a);
extract(['q' => 1], EXTR_PREFIX_ALL, 'p'); var_dump($p_q);
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  string(3) "two"
}
int(2)
string(11) "overwritten"
int(3)
string(11) "overwritten"
int(1)
