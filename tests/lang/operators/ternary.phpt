--TEST--
ternary and short ternary ?:
--FILE--
<?php
$x = 5;
echo $x > 3 ? "big" : "small", "\n";
echo 0 ?: "zero-default", "\n";
echo "val" ?: "unused", "\n";
echo (true ? "a" : (false ? "b" : "c")), "\n";
var_dump(null ?: [] ?: "last");
--EXPECT--
big
zero-default
val
a
string(4) "last"
