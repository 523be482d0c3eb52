--TEST--
substr_replace, substr_compare, ucwords, strtr
--FILE--
<?php
var_dump(substr_replace("Hello", "J", 0, 1), substr_replace("Hello", "!!", -1, 0), substr_replace("abc", "X", 1), substr_compare("Hello", "ello", 1), strtr("Hi all", "ai", "eo"), strtr("Hi all, I said", ["Hi" => "Hello", "said" => "say", "a" => "A"]));
--EXPECT--
string(5) "Jello"
string(7) "Hell!!o"
string(2) "aX"
int(0)
string(6) "Ho ell"
string(16) "Hello All, I say"
