--TEST--
an open tag inside an expression is a < token
--FILE--
<?php
$a = 1 + <?php 2;
--EXPECTF--

Parse error: syntax error, unexpected token "<" in %s on line 2
--EXPECT_EXIT--
255
