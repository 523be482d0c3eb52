--TEST--
set_error_handler receives errno, message, file, line; returning false falls through
--FILE--
<?php
$prev = set_error_handler(function ($no, $str, $file, $line) { echo "handler: [$no] $str at line $line\n"; return true; });
var_dump($prev);
echo $undef;
$a = []; echo $a['k'];
trigger_error("custom notice");
trigger_error("custom warning", E_USER_WARNING);
set_error_handler(function ($no, $str) { echo "second: $str\n"; return false; });
echo $undef2;
restore_error_handler();
echo $undef3;
--EXPECTF--
NULL
handler: [2] Undefined variable $undef at line 4
handler: [2] Undefined array key "k" at line 5
handler: [1024] custom notice at line 6
handler: [512] custom warning at line 7
second: Undefined variable $undef2

Warning: Undefined variable $undef2 in %s on line 9
handler: [2] Undefined variable $undef3 at line 11
