--TEST--
multi-catch with | and catch order
--FILE--
<?php
function thrower($i) { return match ($i) { 0 => new InvalidArgumentException("ia"), 1 => new LogicException("logic"), 2 => new TypeError("type"), 3 => new Exception("plain") }; }
for ($i = 0; $i < 4; $i++) {
    try { throw thrower($i); }
    catch (InvalidArgumentException | TypeError $e) { echo "first: ", get_class($e), "\n"; }
    catch (LogicException $e) { echo "second: ", get_class($e), "\n"; }
    catch (Throwable $e) { echo "third: ", get_class($e), "\n"; }
}
--EXPECT--
first: InvalidArgumentException
second: LogicException
first: TypeError
third: Exception
