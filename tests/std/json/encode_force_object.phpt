--TEST--
JSON_FORCE_OBJECT
--FILE--
<?php
echo json_encode([], JSON_FORCE_OBJECT), "\n";
echo json_encode([1, [2, 3]], JSON_FORCE_OBJECT), "\n";
echo json_encode(['a' => [1]], JSON_FORCE_OBJECT), "\n";
--EXPECT--
{}
{"0":1,"1":{"0":2,"1":3}}
{"a":{"0":1}}
