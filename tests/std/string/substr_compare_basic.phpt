--TEST--
substr_compare with offsets, lengths and case
--FILE--
<?php
var_dump(substr_compare("abcde", "bc", 1, 2), substr_compare("abcde", "de", -2, 2), substr_compare("abcde", "bcg", 1, 2), substr_compare("abcde", "BC", 1, 2, true), substr_compare("abcde", "bc", 1, 3), substr_compare("abcde", "cd", 1, 2), substr_compare("abcde", "abc", 5, 1), substr_compare("abcde", "x", 0, 0), substr_compare("abcde", "abcde", -10));
try { substr_compare("abcde", "x", 6); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { substr_compare("abcde", "x", 0, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(0)
int(0)
int(0)
int(0)
int(1)
int(-1)
int(-1)
int(0)
int(0)
substr_compare(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
substr_compare(): Argument #4 ($length) must be greater than or equal to 0
