--TEST--
reading an undefined variable warns and gives null
--FILE--
<?php
echo $nope;
var_dump($also_nope);
var_dump(isset($x), empty($x), $x ?? 'default');
function f() { return $local_undef; }
var_dump(f());
--EXPECTF--

Warning: Undefined variable $nope in %s on line 2

Warning: Undefined variable $also_nope in %s on line 3
NULL
bool(false)
bool(true)
string(7) "default"

Warning: Undefined variable $local_undef in %s on line 5
NULL
