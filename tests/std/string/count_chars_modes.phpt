--TEST--
count_chars modes 1, 3, 4 and errors
--FILE--
<?php
var_dump(count_chars("abracadabra", 1), count_chars("abracadabra", 3), strlen(count_chars("abc", 4)), count(count_chars("", 0)), count(count_chars("ab", 2)));
try { count_chars("abc", 5); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(5) {
  [97]=>
  int(5)
  [98]=>
  int(2)
  [99]=>
  int(1)
  [100]=>
  int(1)
  [114]=>
  int(2)
}
string(5) "abcdr"
int(253)
int(256)
int(254)
count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)
