--TEST--
pre and post increment return values
--FILE--
<?php
$i = 1; var_dump($i++, $i, ++$i, $i, $i--, --$i);
$a = [1]; $a[0]++; $a[1] = 0; ++$a[1]; var_dump($a);
--EXPECT--
int(1)
int(2)
int(3)
int(3)
int(3)
int(1)
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(1)
}
