--TEST--
timestamps before 1970 and year 0
--FILE--
<?php
var_dump(date('Y-m-d', -86400), date('Y-m-d H:i:s', -1), date('Y', -62167219200 - 86400), date('Y-m-d', -62135596800), date('D Y-m-d', -2208988800));
--EXPECT--
string(10) "1969-12-31"
string(19) "1969-12-31 23:59:59"
string(5) "-0001"
string(10) "0001-01-01"
string(14) "Mon 1900-01-01"
