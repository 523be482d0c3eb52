--TEST--
strtolower, strtoupper, ucfirst, lcfirst are ASCII-only
--FILE--
<?php
var_dump(strtolower("HeLLo ÄÖ 123"), strtoupper("hello äö 123"), ucfirst("élan"), ucfirst("hello"), ucfirst(""), lcfirst("HELLO"), lcfirst(""), ucfirst("1abc"));
--EXPECT--
string(14) "hello ÄÖ 123"
string(14) "HELLO äö 123"
string(5) "élan"
string(5) "Hello"
string(0) ""
string(5) "hELLO"
string(0) ""
string(4) "1abc"
