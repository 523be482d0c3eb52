--TEST--
str_increment and str_decrement (PHP 8.3) with carries and errors
--FILE--
<?php
foreach (["a", "Az", "zz", "a9", "Zz", "9", "99", "zZ9", "Aa0"] as $s) { var_dump(str_increment($s)); }
foreach (["b", "Ba", "aa", "a0", "10", "1", "B", "zA0", "100"] as $s) { var_dump(str_decrement($s)); }
foreach (["", "a-b", "é"] as $s) { try { str_increment($s); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
foreach (["a", "0", "A", "", "a b"] as $s) { try { str_decrement($s); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
--EXPECT--
string(1) "b"
string(2) "Ba"
string(3) "aaa"
string(2) "b0"
string(3) "AAa"
string(2) "10"
string(3) "100"
string(4) "aaA0"
string(3) "Aa1"
string(1) "a"
string(2) "Az"
string(1) "z"
string(1) "9"
string(1) "9"
string(1) "0"
string(1) "A"
string(3) "yZ9"
string(2) "99"
ValueError: str_increment(): Argument #1 ($string) must not be empty
ValueError: str_increment(): Argument #1 ($string) must be composed only of alphanumeric ASCII characters
ValueError: str_increment(): Argument #1 ($string) must be composed only of alphanumeric ASCII characters
ValueError: str_decrement(): Argument #1 ($string) "a" is out of decrement range
ValueError: str_decrement(): Argument #1 ($string) "0" is out of decrement range
ValueError: str_decrement(): Argument #1 ($string) "A" is out of decrement range
ValueError: str_decrement(): Argument #1 ($string) must not be empty
ValueError: str_decrement(): Argument #1 ($string) must be composed only of alphanumeric ASCII characters
