--TEST--
sprintf errors: unknown format specifier and missing arguments
--FILE--
<?php
try { echo sprintf("%y", 1); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo sprintf("%2\$s", 1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
ValueError: Unknown format specifier "y"
ArgumentCountError: 3 arguments are required, 2 given
