--TEST--
catch without a variable (PHP 8.0)
--FILE--
<?php
try { throw new Exception("x"); } catch (Exception) { echo "caught without variable\n"; }
--EXPECT--
caught without variable
