--TEST--
array comparison with == and <
--FILE--
<?php
var_dump([1, 2] == [1, 2], [1, 2] == ["1", "2"], [1, 2] === ["1", "2"], [1, 2] < [1, 3], [1] < [1, 0], ["a" => 1] == ["b" => 1]);
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
