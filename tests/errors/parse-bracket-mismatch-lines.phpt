--TEST--
a closing parenthesis inside braces that do not match, on another line
--FILE--
<?php
echo "start";
if (1) {
  echo 1;
  )
}
--EXPECTF--

Parse error: Unclosed '{' on line 3 does not match ')' in %s on line 5
--EXPECT_EXIT--
255
