--TEST--
__toString, Stringable and string conversion
--FILE--
<?php
class Name { function __construct(private $n) {} function __toString(): string { return "Name({$this->n})"; } }
$n = new Name('x');
echo $n, "\n"; var_dump((string) $n, "$n!", $n instanceof Stringable, strlen($n), $n == "Name(x)");
try { echo new stdClass; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
Name(x)
string(7) "Name(x)"
string(8) "Name(x)!"
bool(true)
int(7)
bool(true)
Object of class stdClass could not be converted to string
