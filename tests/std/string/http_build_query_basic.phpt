--TEST--
http_build_query with nesting, prefixes, separators and objects
--FILE--
<?php
var_dump(http_build_query(["a" => 1, "b" => [1, 2, "x" => ["y" => "z w"]], 5 => true, 6 => false, "n" => null, "f" => 1.5, "g" => 0.1 + 0.2, "e" => [], "s" => "a&b=c/~"], "p_"));
var_dump(http_build_query(["a b" => "c d~"], "", "&amp;", PHP_QUERY_RFC3986), http_build_query([]), http_build_query(["k" => ["a", "b"]], "n"));
class P { public $x = 1; protected $y = 2; private $z = 3; public $arr = ["k" => "v"]; public $nul = null; }
var_dump(http_build_query(new P), http_build_query(["o" => new P]));
var_dump(http_build_query([1.0, 1e20, -0.0, 1e-7]));
--EXPECT--
string(87) "a=1&b%5B0%5D=1&b%5B1%5D=2&b%5Bx%5D%5By%5D=z+w&p_5=1&p_6=0&f=1.5&g=0.3&s=a%26b%3Dc%2F%7E"
string(12) "a%20b=c%20d~"
string(0) ""
string(21) "k%5B0%5D=a&k%5B1%5D=b"
string(16) "x=1&arr%5Bk%5D=v"
string(30) "o%5Bx%5D=1&o%5Barr%5D%5Bk%5D=v"
string(29) "0=1&1=1.0E%2B20&2=-0&3=1.0E-7"
