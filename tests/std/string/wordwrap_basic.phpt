--TEST--
wordwrap with widths, breaks and cutting
--FILE--
<?php
$t = "The quick brown fox sat over the lazy dog";
var_dump(wordwrap($t, 15, "\n", true), wordwrap($t, 15), wordwrap("A very long woooooooooooord.", 8, "\n", true), wordwrap("A very long woooooooooooord. and something", 8, "\n", false), wordwrap($t, 10, "<br>\n"), wordwrap("short", 0), wordwrap("", 5), wordwrap("abc def", 0, "\n"), wordwrap("abcdefghij", 3, "--", true), wordwrap("ab\ncd ef gh", 4));
try { wordwrap("abc", 5, ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { wordwrap("abc", 0, "\n", true); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(41) "The quick brown
fox sat over
the lazy dog"
string(41) "The quick brown
fox sat over
the lazy dog"
string(29) "A very
long
wooooooo
ooooord."
string(42) "A very
long
woooooooooooord.
and
something"
string(57) "The quick<br>
brown fox<br>
sat over<br>
the lazy<br>
dog"
string(5) "short"
string(0) ""
string(7) "abc
def"
string(16) "abc--def--ghi--j"
string(11) "ab
cd
ef
gh"
wordwrap(): Argument #3 ($break) must not be empty
wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0
