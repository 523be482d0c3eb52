--TEST--
Concatenation of literal strings, ints, booleans and null folds into an interned literal as PHP's compiler does
--FILE--
<?php $x = "n" . 12; $y = "a" . "b"; $z = -12; $w = "n" . -12; debug_zval_dump($x, $y, $z, $w);
--EXPECT--
string(3) "n12" interned
string(2) "ab" interned
int(-12)
string(4) "n-12" interned
