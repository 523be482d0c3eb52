--TEST--
argnum$ positions, * width and precision
--FILE--
<?php
var_dump(sprintf('%2$s %1$s %2$s', "a", "b"), sprintf('%1$s %s %s', "x", "y"), sprintf('%1$\'#10s|%2$05.1f', "r", 2.25));
var_dump(sprintf("%*d|%-*d|%.*f|%*.*f", 5, 42, 4, 7, 2, 3.14159, 8, 3, 2.71828), sprintf('%1$*2$d|', 7, 4), sprintf("%.*g", -1, 0.1 + 0.2));
--EXPECT--
string(5) "b a b"
string(5) "x x y"
string(16) "#########r|002.2"
string(24) "   42|7   |3.14|   2.718"
string(5) "   7|"
string(19) "0.30000000000000004"
