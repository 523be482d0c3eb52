--TEST--
debug_zval_dump: literal strings are interned, built strings are counted
--FILE--
<?php
$lit = "hello";
$concat = "hel" . "lo";
$runtime = str_repeat("l", 2);
$shared = $runtime;
$num = (string) 12345;
debug_zval_dump($lit, $concat, $runtime, $num);
--EXPECT--
string(5) "hello" interned
string(5) "hello" interned
string(2) "ll" refcount(3)
string(5) "12345" refcount(2)
