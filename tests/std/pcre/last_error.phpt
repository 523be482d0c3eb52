--TEST--
preg_last_error and preg_last_error_msg are reset by each call
--FILE--
<?php
preg_match('/./u', "\xff");
var_dump(preg_last_error(), preg_last_error_msg());
preg_match('/./', 'a');
var_dump(preg_last_error(), preg_last_error_msg());
var_dump(PREG_NO_ERROR, PREG_INTERNAL_ERROR, PREG_BACKTRACK_LIMIT_ERROR, PREG_RECURSION_LIMIT_ERROR, PREG_BAD_UTF8_ERROR, PREG_BAD_UTF8_OFFSET_ERROR, PREG_JIT_STACKLIMIT_ERROR);
--EXPECT--
int(4)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
int(0)
string(8) "No error"
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
