--TEST--
strrev and wordwrap
--FILE--
<?php
var_dump(strrev("hello"), strrev(""));
echo wordwrap("The quick brown fox sat over the lazy dog", 15, "\n", true), "\n";
echo wordwrap("A very long woooooooooooord.", 8, "\n", true), "\n";
echo wordwrap("A very long woooooooooooord.", 8, "\n", false), "\n";
echo wordwrap("short", 10), "\n";
--EXPECT--
string(5) "olleh"
string(0) ""
The quick brown
fox sat over
the lazy dog
A very
long
wooooooo
ooooord.
A very
long
woooooooooooord.
short
