--TEST--
Stack traces escape string arguments as PHP does (control bytes, backslash, bytes past 126)
--FILE--
<?php
function f($s) { throw new Exception("x"); }
try { f("a\nb\tc\\d'e\0f\x7f\xff" . str_repeat("z", 20)); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
f("line1\nline2");
--EXPECT_EXIT--
255
--EXPECTF--
#0 %s(3): f('a\nb\tc\\d'e\x00f\x7F\xFFzz...')
#1 {main}

Fatal error: Uncaught Exception: x in %s:2
Stack trace:
#0 %s(4): f('line1\nline2')
#1 {main}
  thrown in %s on line 2
