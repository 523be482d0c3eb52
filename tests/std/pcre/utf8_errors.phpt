--TEST--
invalid UTF-8 subjects and offsets in u mode
--FILE--
<?php
var_dump(preg_match('/./u', "\xff"), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/./u', "é", $m, 0, 1), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/./', "\xff"), preg_last_error());
var_dump(preg_replace('/a/u', 'b', "a\xff"), preg_last_error());
var_dump(preg_split('/,/u', "a,\xff"), preg_last_error());
--EXPECT--
bool(false)
int(4)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
bool(false)
int(5)
string(74) "The offset did not correspond to the beginning of a valid UTF-8 code point"
int(1)
int(0)
NULL
int(4)
bool(false)
int(4)
