--TEST--
str_word_count formats and extra characters
--FILE--
<?php
$s = "Hello fri3nd, you're looking good today! -dash- it's 'quoted'";
var_dump(str_word_count($s), str_word_count($s, 1), str_word_count($s, 2), str_word_count($s, 1, "0..9"), str_word_count("", 1), str_word_count("-", 0), str_word_count("'a-", 1), str_word_count("'a-", 1, "'-"));
try { str_word_count("x", 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(10)
array(10) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(3) "fri"
  [2]=>
  string(2) "nd"
  [3]=>
  string(6) "you're"
  [4]=>
  string(7) "looking"
  [5]=>
  string(4) "good"
  [6]=>
  string(5) "today"
  [7]=>
  string(6) "-dash-"
  [8]=>
  string(4) "it's"
  [9]=>
  string(8) "'quoted'"
}
array(10) {
  [0]=>
  string(5) "Hello"
  [6]=>
  string(3) "fri"
  [10]=>
  string(2) "nd"
  [14]=>
  string(6) "you're"
  [21]=>
  string(7) "looking"
  [29]=>
  string(4) "good"
  [34]=>
  string(5) "today"
  [41]=>
  string(6) "-dash-"
  [48]=>
  string(4) "it's"
  [53]=>
  string(8) "'quoted'"
}
array(9) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(6) "fri3nd"
  [2]=>
  string(6) "you're"
  [3]=>
  string(7) "looking"
  [4]=>
  string(4) "good"
  [5]=>
  string(5) "today"
  [6]=>
  string(6) "-dash-"
  [7]=>
  string(4) "it's"
  [8]=>
  string(8) "'quoted'"
}
array(0) {
}
int(0)
array(1) {
  [0]=>
  string(1) "a"
}
array(1) {
  [0]=>
  string(3) "'a-"
}
str_word_count(): Argument #2 ($format) must be a valid format value
