--TEST--
strrev and chunk_split
--FILE--
<?php
var_dump(strrev("hello"), strrev(""), chunk_split("abcdefg", 3, "|"), chunk_split("abc", 5), chunk_split("abcd", 2), chunk_split("", 2, "!"));
try { chunk_split("abc", 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(5) "olleh"
string(0) ""
string(10) "abc|def|g|"
string(5) "abc
"
string(8) "ab
cd
"
string(1) "!"
chunk_split(): Argument #2 ($length) must be greater than 0
