--TEST--
gmdate equals date under UTC
--FILE--
<?php
var_dump(gmdate('D, d M Y H:i:s', 1700000000), gmdate('Y-m-d', 0), date('Y-m-d H:i:s', 1700000000) === gmdate('Y-m-d H:i:s', 1700000000));
--EXPECT--
string(25) "Tue, 14 Nov 2023 22:13:20"
string(10) "1970-01-01"
bool(true)
