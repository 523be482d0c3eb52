--TEST--
array_count_values, array_key_exists vs isset, key_exists
--FILE--
<?php
var_dump(array_count_values(['a', 'b', 'a', 1, '1', 1.5]));
$a = ['n' => null];
var_dump(array_key_exists('n', $a), isset($a['n']), key_exists('n', $a));
--EXPECTF--

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2
array(3) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [1]=>
  int(2)
}
bool(true)
bool(false)
bool(true)
