--TEST--
strcmp, strcasecmp, strncmp, strncasecmp return values
--FILE--
<?php
var_dump(strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcmp("abc", "ab"), strcmp("", "abc"), strcmp("A", "a"));
var_dump(strcasecmp("HELLO", "hello"), strcasecmp("a", "B"), strcasecmp("abc", "ABCD"));
var_dump(strncmp("abcd", "abef", 2), strncmp("abcd", "abef", 3), strncmp("ab", "abc", 5), strncasecmp("ABx", "aby", 2), strncasecmp("x", "Y", 1), strncmp("a", "b", 0));
try { strncmp("a", "b", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { strncasecmp("a", "b", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(-1)
int(1)
int(0)
int(1)
int(-1)
int(-32)
int(0)
int(-1)
int(-1)
int(0)
int(-2)
int(-1)
int(0)
int(-1)
int(0)
strncmp(): Argument #3 ($length) must be greater than or equal to 0
strncasecmp(): Argument #3 ($length) must be greater than or equal to 0
