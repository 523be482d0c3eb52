--TEST--
proc_nice(): lowering this process's priority succeeds
--FILE--
<?php
var_dump(proc_nice(0), proc_nice(1), function_exists("proc_nice"));
try { proc_nice("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(true)
bool(true)
proc_nice(): Argument #1 ($priority) must be of type int, string given
