--TEST--
substr with positive, negative and null offsets and lengths
--FILE--
<?php
$s = "abcdef";
foreach ([[0,null],[1,null],[-1,null],[-3,2],[1,-1],[0,-10],[6,null],[7,null],[-10,null],[-10,3],[2,0],[3,-3],[3,-4],[PHP_INT_MIN,null],[0,PHP_INT_MIN],[PHP_INT_MAX,1]] as [$o,$l]) {
    var_dump(substr($s, $o, $l));
}
var_dump(substr("", 0), substr("", 1), substr("abc", "1"));
try { substr("abc", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(substr("abc", 1.0));
var_dump(substr("abc", 1.5));
--EXPECTF--
string(6) "abcdef"
string(5) "bcdef"
string(1) "f"
string(2) "de"
string(4) "bcde"
string(0) ""
string(0) ""
string(0) ""
string(6) "abcdef"
string(3) "abc"
string(0) ""
string(0) ""
string(0) ""
string(6) "abcdef"
string(0) ""
string(0) ""
string(0) ""
string(0) ""
string(2) "bc"
substr(): Argument #2 ($offset) must be of type int, string given
string(2) "bc"

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 9
string(2) "bc"
