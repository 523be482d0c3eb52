--TEST--
eval runs code in the current scope and can return values
--FILE--
<?php
$x = 5;
var_dump(eval('return $x * 2;'));
eval('$y = "set in eval";');
var_dump($y);
try { eval('this is not php'); } catch (ParseError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
int(10)
string(11) "set in eval"
ParseError: syntax error, unexpected identifier "is"
