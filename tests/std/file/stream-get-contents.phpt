--TEST--
stream_get_contents with length and offset
--FILE--
<?php
$m = fopen('php://memory', 'w+');
fwrite($m, "0123456789");
var_dump(stream_get_contents($m));
rewind($m);
var_dump(stream_get_contents($m, 3), stream_get_contents($m, 3), ftell($m), stream_get_contents($m), feof($m));
var_dump(stream_get_contents($m, -1, 5), stream_get_contents($m, 2, 1), stream_get_contents($m, 0), stream_get_contents($m, null, 8));
var_dump(stream_get_contents($m, 5, 100));
--EXPECT--
string(0) ""
string(3) "012"
string(3) "345"
int(6)
string(4) "6789"
bool(true)
string(5) "56789"
string(2) "12"
string(0) ""
string(2) "89"
string(0) ""
