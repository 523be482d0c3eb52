--TEST--
output buffering called inside an output handler is a fatal error
--FILE--
<?php
// Output functions called from inside an output handler: a fatal error, the buffers
// discarded.
echo "before\n";
function h($b) { ob_start(); return $b; }
ob_start('h'); echo "lost"; ob_end_flush();
echo "never\n";
--EXPECTF--
before

Fatal error: ob_start(): Cannot use output buffering in output buffering display handlers in %s on line 5
--EXPECT_EXIT--
255
