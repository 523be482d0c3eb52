--TEST--
unterminated block comment
--FILE--
<?php
echo 1;
/* this comment never ends
echo 2;
--EXPECTF--

Parse error: Unterminated comment starting line 3 in %s on line 3
--EXPECT_EXIT--
255
