--TEST--
a fatal error exits with 255 and runs shutdown functions
--FILE--
<?php
register_shutdown_function(function () { $e = error_get_last(); echo "shutdown saw: ", $e['message'] ?? 'none', "\n"; });
function f(int $x) {}
echo "start\n";
f();
--EXPECTF--
start

Fatal error: Uncaught ArgumentCountError: Too few arguments to function f(), 0 passed in %s on line 5 and exactly 1 expected in %s:3
Stack trace:
#0 %s(5): f()
#1 {main}
  thrown in %s on line 3
shutdown saw: Uncaught ArgumentCountError: Too few arguments to function f(), 0 passed in %s on line 5 and exactly 1 expected in %s:3
Stack trace:
#0 %s(5): f()
#1 {main}
  thrown
--EXPECT_EXIT--
255
