--TEST--
strpbrk
--FILE--
<?php
var_dump(strpbrk("This is a test", "st"), strpbrk("This is a test", "xyz"), strpbrk("keyed", "e"));
try { strpbrk("abc", ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(11) "s is a test"
bool(false)
string(4) "eyed"
strpbrk(): Argument #2 ($characters) must be a non-empty string
