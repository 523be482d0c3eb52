--TEST--
strpos, stripos, strrpos, strripos with offsets
--FILE--
<?php
$s = "abcABCabc";
var_dump(strpos($s, 'b'), strpos($s, 'b', 2), strpos($s, 'x'), stripos($s, 'B', 2), strrpos($s, 'a'), strrpos($s, 'a', -4), strripos($s, 'A'), strpos($s, ''), strpos($s, 'c', -1));
try { strpos($s, 'a', 100); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(1)
int(7)
bool(false)
int(4)
int(6)
int(0)
int(6)
int(0)
int(8)
strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
