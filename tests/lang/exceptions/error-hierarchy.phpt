--TEST--
Error and Exception both implement Throwable
--FILE--
<?php
foreach ([new Error, new TypeError, new ValueError, new ArithmeticError, new DivisionByZeroError, new ArgumentCountError, new ErrorException, new JsonException, new UnexpectedValueException] as $t) {
    echo get_class($t), " -> ", get_parent_class($t) ?: '-', " Throwable:", (int) ($t instanceof Throwable), " Exception:", (int) ($t instanceof Exception), "\n";
}
--EXPECT--
Error -> - Throwable:1 Exception:0
TypeError -> Error Throwable:1 Exception:0
ValueError -> Error Throwable:1 Exception:0
ArithmeticError -> Error Throwable:1 Exception:0
DivisionByZeroError -> ArithmeticError Throwable:1 Exception:0
ArgumentCountError -> TypeError Throwable:1 Exception:0
ErrorException -> Exception Throwable:1 Exception:1
JsonException -> Exception Throwable:1 Exception:1
UnexpectedValueException -> RuntimeException Throwable:1 Exception:1
