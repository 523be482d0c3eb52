--TEST--
echo prints a string
--FILE--
<?php
echo "hello\n";
--EXPECT--
hello
