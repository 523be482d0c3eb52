--TEST--
nested ternary with brackets and strings before it
--FILE--
<?php
var_dump(f(1 ? [2, "?:"] : 3 ? 4 : 5));
--EXPECTF--

Fatal error: Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)` in %s on line 2
--EXPECT_EXIT--
255
