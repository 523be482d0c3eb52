--TEST--
an exception thrown inside an exception handler is fatal
--FILE--
<?php
set_exception_handler(function ($e) { echo "handler got ", $e->getMessage(), "\n"; throw new Exception("from handler"); });
throw new Exception("original");
--EXPECTF--
handler got original

Fatal error: Uncaught Exception: from handler in %s:2
Stack trace:
#0 [internal function]: {closure:%s:2}(Object(Exception))
#1 {main}
  thrown in %s on line 2
--EXPECT_EXIT--
255
