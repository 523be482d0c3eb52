--TEST--
strpos, stripos, strrpos, strripos with offsets
--FILE--
<?php
$h = "Hello hello HELLO";
var_dump(strpos($h, "hello"), strpos($h, "l", 5), strpos($h, "l", -3), strpos($h, "x"), strpos($h, ""), strpos($h, "", 17));
var_dump(stripos($h, "HELLO", 1), stripos($h, "lo", -5), stripos("", ""), stripos("abc", "ABCD"));
var_dump(strrpos($h, "l"), strrpos($h, "l", -4), strrpos($h, "L", 3), strrpos($h, "hello", -12), strrpos($h, "hello", -11), strrpos("abc", ""), strrpos("abc", "", -1));
var_dump(strripos($h, "hello"), strripos($h, "l", -2), strripos($h, "HE", 13), strripos($h, "x"), strripos("aXa", "x", -1));
foreach (['strpos','stripos','strrpos','strripos'] as $f) {
    foreach ([18, -18, PHP_INT_MIN] as $o) {
        try { var_dump($f($h, "l", $o)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
    }
}
--EXPECT--
int(6)
int(8)
bool(false)
bool(false)
int(0)
int(17)
int(6)
int(15)
int(0)
bool(false)
int(9)
int(9)
int(15)
bool(false)
int(6)
int(3)
int(2)
int(12)
int(15)
bool(false)
bool(false)
int(1)
strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
stripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
stripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
stripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
strripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
