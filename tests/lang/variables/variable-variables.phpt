--TEST--
variable variables and dynamic property names
--FILE--
<?php
$name = 'foo'; $$name = 'bar'; var_dump($foo);
$arr = ['k' => 'v']; $an = 'arr'; var_dump(${$an}['k']);
$o = new stdClass; $p = 'prop'; $o->$p = 1; $o->{'with space'} = 2; var_dump($o);
--EXPECT--
string(3) "bar"
string(1) "v"
object(stdClass)#1 (2) {
  ["prop"]=>
  int(1)
  ["with space"]=>
  int(2)
}
