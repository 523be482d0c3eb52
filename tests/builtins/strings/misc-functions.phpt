--TEST--
str_word_count, ucwords, similar_text, levenshtein, soundex, metaphone
--FILE--
<?php
var_dump(str_word_count("Hello fair world"), str_word_count("Hello fair world", 1), similar_text("World", "Word"), levenshtein("kitten", "sitting"), soundex("Robert"), metaphone("Thompson"));
--EXPECT--
int(3)
array(3) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(4) "fair"
  [2]=>
  string(5) "world"
}
int(4)
int(3)
string(4) "R163"
string(5) "0MPSN"
