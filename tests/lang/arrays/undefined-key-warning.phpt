--TEST--
reading an undefined key warns and gives null
--FILE--
<?php
$a = ['a' => 1, 5 => 2];
var_dump($a['missing']);
var_dump($a[7]);
var_dump(isset($a['missing']), array_key_exists('a', $a), $a['a'] ?? 'd');
--EXPECTF--

Warning: Undefined array key "missing" in %s on line 3
NULL

Warning: Undefined array key 7 in %s on line 4
NULL
bool(false)
bool(true)
int(1)
