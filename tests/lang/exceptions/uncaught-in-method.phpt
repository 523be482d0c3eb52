--TEST--
uncaught exception thrown from a method shows the class in the trace
--FILE--
<?php
class Svc { function run(array $opts, $s) { throw new Exception("from method"); } static function go() { (new self)->run([1], "str"); } }
Svc::go();
--EXPECTF--

Fatal error: Uncaught Exception: from method in %s:2
Stack trace:
#0 %s(2): Svc->run(Array, 'str')
#1 %s(3): Svc::go()
#2 {main}
  thrown in %s on line 2
--EXPECT_EXIT--
255
