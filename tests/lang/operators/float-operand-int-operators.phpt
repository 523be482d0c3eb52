--TEST--
modulo, shifts and bitwise operators on lossy floats
--FILE--
<?php
foreach ([1.5, 1e30, NAN] as $v) { var_dump($v % 7, 7 % ($v+1), $v << 1, 1 >> 1.5, $v & 3, $v ^ 1); $x = 5; $x |= $v; var_dump($x); $y = $v; $y %= 4; var_dump($y); }
var_dump(intdiv(7, 2), 7.5 % 2);
--EXPECTF--

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
int(1)
int(2)
int(0)
int(1)
int(0)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(5)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 2

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 2
int(5)
int(7)
int(-8292815763849347072)
int(0)
int(0)
int(5076964154930102273)

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 2
int(5076964154930102277)

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 2
int(0)

Deprecated: Implicit conversion from float NAN to int loses precision in %s on line 2

Deprecated: Implicit conversion from float NAN to int loses precision in %s on line 2

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
--EXPECT_EXIT--
255
