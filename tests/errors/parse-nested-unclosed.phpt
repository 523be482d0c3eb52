--TEST--
error line inside nested blocks
--FILE--
<?php
class A {
    function f() {
        if (true) {
            echo "x"
        }
    }
}
--EXPECTF--

Parse error: syntax error, unexpected token "}", expecting "," or ";" in %s on line 6
--EXPECT_EXIT--
255
