--TEST--
integer operators on floats that are not whole or out of range deprecate the conversion
--FILE--
<?php
foreach ([1.5, 2.0, -0.5, 1e30, INF, NAN, -1e19] as $v) { var_dump(~$v); var_dump($v | 0); }
--EXPECTF--

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(-2)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
int(-3)
int(2)

Deprecated: Implicit conversion from float -0.5 to int loses precision in %s on line 2
int(-1)

Deprecated: Implicit conversion from float -0.5 to int loses precision in %s on line 2
int(0)

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 2
int(-5076964154930102273)

Deprecated: Implicit conversion from float 1.0E+30 to int loses precision in %s on line 2
int(5076964154930102272)

Deprecated: Implicit conversion from float INF to int loses precision in %s on line 2
int(-1)

Deprecated: Implicit conversion from float INF to int loses precision in %s on line 2
int(0)

Deprecated: Implicit conversion from float NAN to int loses precision in %s on line 2
int(-1)

Deprecated: Implicit conversion from float NAN to int loses precision in %s on line 2
int(0)

Deprecated: Implicit conversion from float -1.0E+19 to int loses precision in %s on line 2
int(-8446744073709551617)

Deprecated: Implicit conversion from float -1.0E+19 to int loses precision in %s on line 2
int(8446744073709551616)
