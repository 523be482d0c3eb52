--TEST--
reading standard input when it is empty
--FILE--
<?php
var_dump(fgets(STDIN), feof(STDIN));
--EXPECT--
bool(false)
bool(true)
