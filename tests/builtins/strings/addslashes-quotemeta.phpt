--TEST--
addslashes, stripslashes, quotemeta, addcslashes
--FILE--
<?php
var_dump(addslashes("O'Re\"il\\ly"), stripslashes("O\\'Re\\\\il"), quotemeta("1+1=2?"), addcslashes("foo[bar]", 'A..Z'), stripcslashes('a\tb\x41'));
--EXPECT--
string(13) "O\'Re\"il\\ly"
string(7) "O'Re\il"
string(8) "1\+1=2\?"
string(8) "foo[bar]"
string(4) "a	bA"
