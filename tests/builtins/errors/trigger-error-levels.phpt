--TEST--
trigger_error with user levels; E_USER_ERROR is deprecated in 8.4
--FILE--
<?php
trigger_error("a notice", E_USER_NOTICE);
trigger_error("a warning", E_USER_WARNING);
trigger_error("a deprecation", E_USER_DEPRECATED);
echo "still running\n";
try { trigger_error("bad level", E_WARNING); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
trigger_error("fatal", E_USER_ERROR);
echo "not reached\n";
--EXPECTF--

Notice: a notice in %s on line 2

Warning: a warning in %s on line 3

Deprecated: a deprecation in %s on line 4
still running
trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED

Deprecated: Passing E_USER_ERROR to trigger_error() is deprecated since 8.4, throw an exception or call exit with a string message instead in %s on line 7

Fatal error: fatal in %s on line 7
--EXPECT_EXIT--
255
