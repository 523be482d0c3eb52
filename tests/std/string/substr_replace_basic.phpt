--TEST--
substr_replace on strings
--FILE--
<?php
var_dump(substr_replace("Hello", "J", 0, 1), substr_replace("Hello", "xx", -2), substr_replace("Hello", "!", 5, 0), substr_replace("Hello", "[", 1, -1), substr_replace("Hello", "X", 10), substr_replace("Hello", "X", -10, 2), substr_replace("Hello", ["A", "B"], 0, 0), substr_replace("Hello", [], 1, 2), substr_replace("abc", "Z", 1, null));
try { substr_replace("abc", "x", [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { substr_replace("abc", "x", 1, [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(5) "Jello"
string(5) "Helxx"
string(6) "Hello!"
string(3) "H[o"
string(6) "HelloX"
string(4) "Xllo"
string(6) "AHello"
string(3) "Hlo"
string(2) "aZ"
substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string
substr_replace(): Argument #4 ($length) cannot be an array when working on a single string
