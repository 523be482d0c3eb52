--TEST--
invalid string offset reads warn, bad writes throw
--FILE--
<?php
$s = "abc";
echo $s[5], "|\n";
try { $s[] = 'd'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $s["x"]; } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--

Warning: Uninitialized string offset 5 in %s on line 3
|
Error: [] operator not supported for strings
TypeError: Cannot access offset of type string on string
