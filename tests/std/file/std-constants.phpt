--TEST--
STDIN, STDOUT and STDERR are stream resources 1, 2 and 3
--FILE--
<?php
var_dump(STDIN, STDOUT, STDERR, get_resource_type(STDOUT), (int) STDERR, is_resource(STDIN));
--EXPECT--
resource(1) of type (stream)
resource(2) of type (stream)
resource(3) of type (stream)
string(6) "stream"
int(3)
bool(true)
