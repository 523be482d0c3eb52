--TEST--
count_chars and str_word_count formats
--FILE--
<?php
var_dump(count_chars("abracadabra", 3), array_filter(count_chars("abca", 1)));
--EXPECT--
string(5) "abcdr"
array(3) {
  [97]=>
  int(2)
  [98]=>
  int(1)
  [99]=>
  int(1)
}
