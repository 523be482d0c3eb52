--TEST--
base64, urlencode, rawurlencode, bin2hex, http_build_query
--FILE--
<?php
var_dump(base64_encode("Hello, World!"), base64_decode("SGVsbG8="), urlencode("a b&c=d/é"), rawurlencode("a b&c"), urldecode("a+b%26c"), bin2hex("abc"), hex2bin("616263"), http_build_query(['a' => 1, 'b' => [1, 2], 'c' => 'x y']));
--EXPECT--
string(20) "SGVsbG8sIFdvcmxkIQ=="
string(5) "Hello"
string(20) "a+b%26c%3Dd%2F%C3%A9"
string(9) "a%20b%26c"
string(5) "a b&c"
string(6) "616263"
string(3) "abc"
string(31) "a=1&b%5B0%5D=1&b%5B1%5D=2&c=x+y"
