--TEST--
default parameter values, including constant expressions
--FILE--
<?php
const BASE = 10;
function f($a, $b = 2, $c = BASE * 2, $d = [1, 2], $e = null) { return json_encode(func_get_args()) . " " . json_encode([$a, $b, $c, $d, $e]); }
echo f(1), "\n", f(1, 3), "\n", f(1, 3, 4, [], 'e'), "\n";
--EXPECT--
[1] [1,2,20,[1,2],null]
[1,3] [1,3,20,[1,2],null]
[1,3,4,[],"e"] [1,3,4,[],"e"]
