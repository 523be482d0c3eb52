--TEST--
str_rot13
--FILE--
<?php
var_dump(str_rot13("Hello, World! 123"), str_rot13(str_rot13("abcXYZ")), str_rot13(""));
--EXPECT--
string(17) "Uryyb, Jbeyq! 123"
string(6) "abcXYZ"
string(0) ""
