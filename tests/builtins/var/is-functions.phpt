--TEST--
is_int, is_float, is_string, is_bool, is_array, is_object, is_null, is_numeric, is_scalar, is_iterable, is_countable
--FILE--
<?php
$vals = [1, 1.0, "1", true, [], new stdClass, null, "1e3", new ArrayIterator([])];
foreach ($vals as $v) {
    echo str_pad(var_export($v, true), 20), " ", implode("", array_map(fn($f) => (int) $f($v), ['is_int', 'is_float', 'is_string', 'is_bool', 'is_array', 'is_object', 'is_null', 'is_numeric', 'is_scalar', 'is_iterable', 'is_countable'])), "\n";
}
--EXPECT--
1                    10000001100
1.0                  01000001100
'1'                  00100001100
true                 00010000100
array (
)            00001000011
(object) array(
)    00000100000
NULL                 00000010000
'1e3'                00100001100
\ArrayIterator::__set_state(array(
)) 00000100011
