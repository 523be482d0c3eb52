--TEST--
unmatched closing brace
--FILE--
<?php
echo "a";
}
--EXPECTF--

Parse error: Unmatched '}' in %s on line 3
--EXPECT_EXIT--
255
