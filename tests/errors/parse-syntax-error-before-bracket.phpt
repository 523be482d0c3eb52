--TEST--
a syntax error before a mismatched bracket is reported first
--FILE--
<?php
function f() {
  echo 1 2 );
}
--EXPECTF--

Parse error: syntax error, unexpected integer "2", expecting "," or ";" in %s on line 3
--EXPECT_EXIT--
255
