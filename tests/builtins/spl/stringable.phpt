--TEST--
Stringable is implemented automatically by classes with __toString
--FILE--
<?php
class S { function __toString(): string { return "S!"; } }
var_dump(new S instanceof Stringable, in_array('Stringable', class_implements(new S)));
function show(Stringable|string $x) { echo $x, "\n"; }
show(new S); show("plain");
--EXPECT--
bool(true)
bool(true)
S!
plain
