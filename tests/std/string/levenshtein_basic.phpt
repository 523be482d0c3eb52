--TEST--
levenshtein with default and custom costs
--FILE--
<?php
var_dump(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("abc", ""), levenshtein("abc", "abc"), levenshtein("flaw", "lawn"), levenshtein("kitten", "sitting", 1, 2, 3), levenshtein("a", "b", 10, 1, 10), levenshtein("", "abc", 5, 1, 1), levenshtein("ab", "", 1, 1, 7));
--EXPECT--
int(3)
int(3)
int(3)
int(0)
int(2)
int(5)
int(1)
int(15)
int(14)
