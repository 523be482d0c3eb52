--TEST--
malformed input warns and returns false
--FILE--
<?php
foreach (['', 'x', 'i:5', 'a:1:{i:0;', 'b:2;', 's:5:"abc";', 'a:1:{i:0;i:1;', 'O:8:"stdClass":1:{s:1:"a";}', 'i:5;junk', 'N;x'] as $s) {
    var_dump(unserialize($s));
}
try { serialize(function () {}); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECTF--
bool(false)

Warning: unserialize(): Error at offset 0 of 1 bytes in %s on line 3
bool(false)

Warning: unserialize(): Error at offset 0 of 3 bytes in %s on line 3
bool(false)

Warning: unserialize(): Error at offset 9 of 9 bytes in %s on line 3
bool(false)

Warning: unserialize(): Error at offset 0 of 4 bytes in %s on line 3
bool(false)

Warning: unserialize(): Error at offset 10 of 10 bytes in %s on line 3
bool(false)

Warning: unserialize(): Error at offset 13 of 13 bytes in %s on line 3
bool(false)

Warning: unserialize(): Unexpected end of serialized data in %s on line 3

Warning: unserialize(): Error at offset 26 of 27 bytes in %s on line 3
bool(false)

Warning: unserialize(): Extra data starting at offset 4 of 8 bytes in %s on line 3
int(5)

Warning: unserialize(): Extra data starting at offset 2 of 3 bytes in %s on line 3
NULL
Exception: Serialization of 'Closure' is not allowed
