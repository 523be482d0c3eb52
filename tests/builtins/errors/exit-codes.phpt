--TEST--
exit with an integer sets the exit code; exit with a string prints it
--FILE--
<?php
register_shutdown_function(fn() => print("shutdown runs\n"));
echo "working\n";
exit(3);
--EXPECT--
working
shutdown runs
--EXPECT_EXIT--
3
