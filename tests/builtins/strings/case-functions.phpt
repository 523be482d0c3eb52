--TEST--
strtolower, strtoupper, ucfirst, lcfirst, ucwords
--FILE--
<?php
var_dump(strtolower("HeLLo ÄÖ"), strtoupper("hello äö"), ucfirst("hello world"), lcfirst("Hello"), ucwords("hello big-world foo_bar"), ucwords("hello big-world", "-"), ucwords("HELLO"));
--EXPECT--
string(10) "hello ÄÖ"
string(10) "HELLO äö"
string(11) "Hello world"
string(5) "hello"
string(23) "Hello Big-world Foo_bar"
string(15) "Hello big-World"
string(5) "HELLO"
