--TEST--
str_contains, str_starts_with, str_ends_with
--FILE--
<?php
var_dump(str_contains("abc", "b"), str_contains("abc", ""), str_contains("abc", "B"), str_starts_with("abc", "ab"), str_starts_with("abc", ""), str_ends_with("abc", "bc"), str_ends_with("abc", "abcd"));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
