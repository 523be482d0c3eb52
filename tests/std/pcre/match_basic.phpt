--TEST--
preg_match with groups, named groups and no match
--FILE--
<?php
var_dump(preg_match('/(\w+)@(\w+)\.com/', 'mail: joe@example.com!', $m), $m);
var_dump(preg_match('/(?P<year>\d{4})-(?<month>\d\d)/', 'on 2024-05-17', $m), $m);
var_dump(preg_match('/zzz/', 'abc', $m), $m);
var_dump(preg_match('/abc/', 'xabcx'));
--EXPECT--
int(1)
array(3) {
  [0]=>
  string(15) "joe@example.com"
  [1]=>
  string(3) "joe"
  [2]=>
  string(7) "example"
}
int(1)
array(5) {
  [0]=>
  string(7) "2024-05"
  ["year"]=>
  string(4) "2024"
  [1]=>
  string(4) "2024"
  ["month"]=>
  string(2) "05"
  [2]=>
  string(2) "05"
}
int(0)
array(0) {
}
int(1)
