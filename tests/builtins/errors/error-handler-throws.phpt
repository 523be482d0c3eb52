--TEST--
converting warnings to ErrorException in an error handler
--FILE--
<?php
set_error_handler(function ($no, $str, $file, $line) { throw new ErrorException($str, 0, $no, $file, $line); });
try { $x = [] ; echo $x['missing']; } catch (ErrorException $e) { echo "caught: ", $e->getMessage(), " severity ", $e->getSeverity(), "\n"; }
--EXPECT--
caught: Undefined array key "missing" severity 2
