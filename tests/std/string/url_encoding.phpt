--TEST--
urlencode, rawurlencode, urldecode, rawurldecode
--FILE--
<?php
$s = "a b&c=d/e?f~g.h-i_j+k%l\xc3\xa9\x00";
var_dump(urlencode($s), rawurlencode($s), urldecode("a+b%20c%2Bd%zz%4"), rawurldecode("a+b%20c%2Bd%zz%4"), urldecode(urlencode($s)) === $s, rawurldecode(rawurlencode($s)) === $s, urldecode("%E2%82%AC%"));
--EXPECT--
string(46) "a+b%26c%3Dd%2Fe%3Ff%7Eg.h-i_j%2Bk%25l%C3%A9%00"
string(46) "a%20b%26c%3Dd%2Fe%3Ff~g.h-i_j%2Bk%25l%C3%A9%00"
string(12) "a b c+d%zz%4"
string(12) "a+b c+d%zz%4"
bool(true)
bool(true)
string(4) "€%"
