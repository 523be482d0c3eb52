--TEST--
string comparison: numeric strings compare as numbers, others lexically
--FILE--
<?php
var_dump("abc" < "abd", "10" < "9", "10" < "9a", "Z" < "a", "1e3" == "1000", "0x10" == "16", "abc" <=> "abd", "b" <=> "a", "a" <=> "a");
var_dump(2 < "10", "2" < "10", "2" < "10 ", " 2" < "10");
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
int(-1)
int(1)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
