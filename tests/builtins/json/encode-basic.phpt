--TEST--
json_encode of scalars, lists, maps and objects
--FILE--
<?php
var_dump(json_encode(1), json_encode(1.5), json_encode(1.0), json_encode("a\"b/c\u{e9}"), json_encode(true), json_encode(null), json_encode([1, 2]), json_encode([1 => 1, 2 => 2]), json_encode(['a' => 1, 'b' => [true, null]]), json_encode([]), json_encode(new stdClass), json_encode((object) ['x' => 1]), json_encode(0.1 + 0.2), json_encode("\x01\t"));
--EXPECT--
string(1) "1"
string(3) "1.5"
string(1) "1"
string(15) ""a\"b\/c\u00e9""
string(4) "true"
string(4) "null"
string(5) "[1,2]"
string(13) "{"1":1,"2":2}"
string(23) "{"a":1,"b":[true,null]}"
string(2) "[]"
string(2) "{}"
string(7) "{"x":1}"
string(19) "0.30000000000000004"
string(10) ""\u0001\t""
