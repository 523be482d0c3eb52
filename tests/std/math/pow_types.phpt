--TEST--
pow with ints, floats, strings, overflow and errors
--FILE--
<?php
var_dump(pow(2, 10), pow(2, -1), pow(-2, 63), pow(2, 63), pow(3, 40), pow(2.0, 3), pow("5", "2"), pow("1e2", 2), pow(null, 2), pow(true, 5), pow(0, 0), pow(-1, 0.5), pow(10, 18), pow(10, 19), pow(-3, 3), pow(2, 62), pow(7, 22), pow(0, 5));
try { pow("abc", 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pow([], 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pow(2, new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(1024)
float(0.5)
int(-9223372036854775808)
float(9.223372036854776E+18)
float(1.2157665459056929E+19)
float(8)
int(25)
float(10000)
int(0)
int(1)
int(1)
float(NAN)
int(1000000000000000000)
float(1.0E+19)
int(-27)
int(4611686018427387904)
int(3909821048582988049)
int(0)
Unsupported operand types: string ** int
Unsupported operand types: array ** int
Unsupported operand types: int ** stdClass
