--TEST--
traits with constants (8.2) and static properties
--FILE--
<?php
trait Counts { public const START = 10; private static int $count = self::START; static function next(): int { return ++self::$count; } }
class X { use Counts; } class Y { use Counts; }
var_dump(X::next(), X::next(), Y::next(), X::START);
--EXPECT--
int(11)
int(12)
int(11)
int(10)
