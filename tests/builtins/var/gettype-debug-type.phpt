--TEST--
gettype and get_debug_type for every kind of value
--FILE--
<?php
$vals = [1, 1.5, "s", true, null, [], new stdClass, fopen('php://memory', 'r'), fn() => 1, new ArrayObject];
foreach ($vals as $v) echo gettype($v), " | ", get_debug_type($v), "\n";
class Foo {} echo get_debug_type(new Foo), " ", get_debug_type(new class {}), " ", get_debug_type(new class extends Foo {}), "\n";
--EXPECT--
integer | int
double | float
string | string
boolean | bool
NULL | null
array | array
object | stdClass
resource | resource (stream)
object | Closure
object | ArrayObject
Foo class@anonymous Foo@anonymous
