--TEST--
sqrt, exp, log with bases, log10, log2, log1p, expm1
--FILE--
<?php
var_dump(sqrt(16), sqrt(2), sqrt(-1), exp(1), exp(0), log(M_E), log(8, 2), log(100, 10), log(27, 3), log(1, 1), log(0), log(-1), log10(1000), log1p(1e-10), expm1(1e-10), log(8, 0.5));
try { log(1, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { log(1, -2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
float(4)
float(1.4142135623730951)
float(NAN)
float(2.718281828459045)
float(1)
float(1)
float(3)
float(2)
float(3)
float(NAN)
float(-INF)
float(NAN)
float(3)
float(9.999999999500001E-11)
float(1.00000000005E-10)
float(-3)
log(): Argument #2 ($base) must be greater than 0
log(): Argument #2 ($base) must be greater than 0
