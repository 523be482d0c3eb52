--TEST--
Parse error shape: endif-at-top-level
--FILE--
<?php
endif;
--EXPECTF--

Parse error: syntax error, unexpected token "endif", expecting end of file in %s on line 2
--EXPECT_EXIT--
255
