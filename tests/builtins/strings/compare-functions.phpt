--TEST--
strcmp, strcasecmp, strncmp, strncasecmp, strnatcmp, strnatcasecmp
--FILE--
<?php
var_dump(strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcmp("abc", "ab"), strcasecmp("HELLO", "hello"), strncmp("abcd", "abef", 2), strncasecmp("ABx", "aby", 2), strnatcmp("img12", "img10"), strnatcmp("img2", "img10"), strcmp("img2", "img10"), strnatcasecmp("A1", "a2"));
--EXPECT--
int(-1)
int(1)
int(0)
int(1)
int(0)
int(0)
int(0)
int(1)
int(-1)
int(1)
int(-1)
