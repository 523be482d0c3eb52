--TEST--
logical operators, short circuit and precedence of and/or
--FILE--
<?php
function t($s) { echo "t($s) "; return true; }
function f($s) { echo "f($s) "; return false; }
var_dump(f(1) && t(2)); var_dump(t(3) || f(4)); var_dump(t(5) xor t(6)); var_dump(!t(7));
$r = false or true; var_dump($r);
$s = false || true; var_dump($s);
$u = true and false; var_dump($u);
--EXPECT--
f(1) bool(false)
t(3) bool(true)
t(5) t(6) bool(false)
t(7) bool(false)
bool(false)
bool(true)
bool(true)
