--TEST--
array_search and in_array, loose and strict
--FILE--
<?php
$a = ['1', 2, 'abc', null, 0];
var_dump(array_search(1, $a), array_search('1', $a, true), array_search('x', $a), in_array('abc', $a), in_array(0, $a, true), in_array('2', $a), in_array('2', $a, true), in_array(null, [0]), in_array('abc', [0]));
--EXPECT--
int(0)
int(0)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
