--TEST--
preg_match with groups, named groups, flags and offsets
--FILE--
<?php
var_dump(preg_match('/(\d+)-(\d+)/', 'tel 123-456 x', $m), $m);
preg_match('/(?<year>\d{4})-(?<mon>\d\d)/', 'on 2024-05-01', $m); var_dump($m);
preg_match('/b/', 'abc', $m, PREG_OFFSET_CAPTURE); var_dump($m);
var_dump(preg_match('/^abc$/i', 'ABC'), preg_match('/x/', 'abc'), preg_match('/(a)(x)?(c)/', 'ac', $m), $m);
preg_match('/(a)(x)?/', 'a', $m, PREG_UNMATCHED_AS_NULL); var_dump($m);
--EXPECT--
int(1)
array(3) {
  [0]=>
  string(7) "123-456"
  [1]=>
  string(3) "123"
  [2]=>
  string(3) "456"
}
array(5) {
  [0]=>
  string(7) "2024-05"
  ["year"]=>
  string(4) "2024"
  [1]=>
  string(4) "2024"
  ["mon"]=>
  string(2) "05"
  [2]=>
  string(2) "05"
}
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(1)
  }
}
int(1)
int(0)
int(1)
array(4) {
  [0]=>
  string(2) "ac"
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "a"
  [2]=>
  NULL
}
