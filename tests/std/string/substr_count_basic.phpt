--TEST--
substr_count with offsets, lengths and errors
--FILE--
<?php
var_dump(substr_count("hello hello", "ll"), substr_count("aaa", "aa"), substr_count("hello hello", "l", 3), substr_count("hello hello", "l", -5), substr_count("hello hello", "l", 3, 3), substr_count("abcabc", "abc", 0, -1));
foreach ([[""], ["a", 10], ["a", -10], ["a", 0, 10], ["a", 2, -5]] as $args) {
    try { var_dump(substr_count("hello", ...$args)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
int(2)
int(1)
int(3)
int(2)
int(1)
int(1)
substr_count(): Argument #2 ($needle) must not be empty
substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)
substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)
