--TEST--
arithmetic on numeric, leading-numeric and non-numeric strings
--FILE--
<?php
var_dump("5" + "3", "1.5" + 1, "1e2" + 0, " 7" + 1, "7 " + 1, "0x1A" + 0 === 0);
echo "3 apples" + 2, "\n";
try { echo "apples" + 2, "\n"; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--

Warning: A non-numeric value encountered in %s on line 2
int(8)
float(2.5)
float(100)
int(8)
int(8)
bool(true)

Warning: A non-numeric value encountered in %s on line 3
5
TypeError: Unsupported operand types: string + int
