--TEST--
sqrt, pow, ** with ints and floats, exp, log
--FILE--
<?php
var_dump(sqrt(16), sqrt(2), sqrt(-1), pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1/3), 2 ** 63, pow(0, 0), exp(1), log(M_E), log(8, 2), log10(1000), log2(8), log(0));
--EXPECTF--

Fatal error: Uncaught Error: Call to undefined function log2() in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
--EXPECT_EXIT--
255
