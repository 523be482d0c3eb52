--TEST--
ucwords with default and custom delimiters
--FILE--
<?php
var_dump(ucwords("hello world-foo bar_baz"), ucwords("hello world-foo bar_baz", "-"), ucwords("hello|world", "|"), ucwords("a\tb\nc\rd\fe\vf"), ucwords(""), ucwords("hello_world", "a..z"), ucwords("x-y", ""));
--EXPECT--
string(23) "Hello World-foo Bar_baz"
string(23) "Hello world-Foo bar_baz"
string(11) "Hello|World"
string(11) "A	B
CDEF"
string(0) ""
string(11) "HeLlO_wOrLd"
string(3) "X-y"
