--TEST--
file_get_contents('php://stdin') and file('php://stdin') read standard input
--STDIN--
first
second
third

--FILE--
<?php
$f = fopen('php://stdin', 'r');
var_dump(fgets($f));
var_dump(stream_get_contents($f));
var_dump(file_get_contents('php://stdin'));
--EXPECT--
string(6) "first
"
string(14) "second
third

"
string(0) ""
