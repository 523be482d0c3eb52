--TEST--
${var} and ${expr} interpolation deprecations are raised at compile time
--FILE--
<?php
$var="a"; $a=1; $arr=["k"=>1];
echo "${var} {$var} $var ${arr["k"]} ${$var}\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 3

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 3

Deprecated: Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead in %s on line 3
a a a 1 1
