--TEST--
unparenthesized nested ternaries are a compile error
--FILE--
<?php
echo true ? 'a' : false ? 'b' : 'c';
--EXPECTF--

Fatal error: Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)` in %s on line 2
--EXPECT_EXIT--
255
