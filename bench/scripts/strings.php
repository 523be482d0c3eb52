<?php
// String concatenation, interpolation and builtins.
$s = "";
for ($i = 0; $i < 500000; $i++) { $s .= "x$i,"; }
$n = 0;
for ($i = 0; $i < 200000; $i++) { $n += strlen(str_repeat("ab", $i % 10)) + strlen("item $i"); }
echo strlen($s), " ", $n, "\n";
