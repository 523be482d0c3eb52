--TEST--
set_exception_handler handles uncaught exceptions; the script stops
--FILE--
<?php
set_exception_handler(function (Throwable $e) { echo "handled: ", get_class($e), " ", $e->getMessage(), "\n"; });
register_shutdown_function(fn() => print("shutdown\n"));
echo "before\n";
throw new LogicException("oops");
echo "after\n";
--EXPECT--
before
handled: LogicException oops
shutdown
