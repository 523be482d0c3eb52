--TEST--
in_array and array_search, loose and strict
--FILE--
<?php
$h = [0, 1, '1', 'abc', null, 1.5, true];
var_dump(in_array('abc', $h), in_array('1', $h, true), in_array(2, $h), in_array(null, $h, true));
var_dump(array_search('1', $h), array_search('1', $h, true), array_search('zzz', [1, 2]));
var_dump(in_array(0, ['a', 'b']), in_array('1e1', ['10']));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
int(2)
bool(false)
bool(false)
bool(true)
