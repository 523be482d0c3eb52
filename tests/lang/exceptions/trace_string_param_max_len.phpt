--TEST--
zend.exception_string_param_max_len: how much of a string argument traces show; values outside 0..1000000 refused
--FILE--
<?php
function f($s) { throw new Exception("x"); }
foreach ([0, 3, 20] as $n) {
    ini_set("zend.exception_string_param_max_len", $n);
    try { f("abcdefghijklmnopqrstuvwxyz"); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
}
var_dump(ini_set("zend.exception_string_param_max_len", -1), ini_get("zend.exception_string_param_max_len"));
var_dump(ini_set("zend.exception_string_param_max_len", 1000001));
--EXPECTF--
#0 %s(5): f('...')
#1 {main}
#0 %s(5): f('abc...')
#1 {main}
#0 %s(5): f('abcdefghijklmnopqrst...')
#1 {main}
bool(false)
string(2) "20"
bool(false)
