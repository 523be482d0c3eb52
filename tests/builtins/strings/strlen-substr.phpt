--TEST--
strlen and substr with negative offsets and lengths
--FILE--
<?php
$s = "Hello, World";
var_dump(strlen($s), strlen(""), substr($s, 7), substr($s, -5), substr($s, 0, 5), substr($s, 2, -3), substr($s, -5, 2), substr($s, 20), substr($s, 3, 0), substr($s, -20, 3));
--EXPECT--
int(12)
int(0)
string(5) "World"
string(5) "World"
string(5) "Hello"
string(7) "llo, Wo"
string(2) "Wo"
string(0) ""
string(0) ""
string(3) "Hel"
