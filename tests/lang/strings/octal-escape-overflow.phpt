--TEST--
octal escape overflow warnings are raised at compile time for double-quoted literals only
--FILE--
<?php
$a = "\\400"; $b = "\400"; $c = "\777x\101"; $d = '\400';
var_dump($a, strlen($b), $c, $d);
--EXPECTF--

Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2

Warning: Octal escape sequence overflow \777 is greater than \377 in %s on line 2
string(4) "\400"
int(1)
string(3) "ÿxA"
string(4) "\400"
