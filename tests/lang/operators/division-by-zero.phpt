--TEST--
division and modulo by zero throw DivisionByZeroError
--FILE--
<?php
try { echo 1 / 0; } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo 1 % 0; } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo intdiv(1, 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(fdiv(1, 0), fdiv(-1, 0), is_nan(fdiv(0, 0)));
--EXPECT--
DivisionByZeroError: Division by zero
DivisionByZeroError: Modulo by zero
DivisionByZeroError: Division by zero
float(INF)
float(-INF)
bool(true)
