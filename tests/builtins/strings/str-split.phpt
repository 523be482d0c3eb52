--TEST--
str_split and chunk_split
--FILE--
<?php
var_dump(str_split("abcdef", 4), str_split("abc"), str_split(""), chunk_split("abcdefg", 3, "|"));
--EXPECT--
array(2) {
  [0]=>
  string(4) "abcd"
  [1]=>
  string(2) "ef"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(0) {
}
string(10) "abc|def|g|"
