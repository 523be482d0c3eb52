--TEST--
tmpfile returns a read-write stream
--FILE--
<?php
$t = tmpfile();
var_dump(get_resource_type($t), fwrite($t, "temp data"), rewind($t), fread($t, 100), fstat($t)['size']);
fclose($t);
--EXPECT--
string(6) "stream"
int(9)
bool(true)
string(9) "temp data"
int(9)
