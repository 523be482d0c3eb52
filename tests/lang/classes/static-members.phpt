--TEST--
static properties and methods, inherited and redeclared
--FILE--
<?php
class Counter { public static $count = 0; static function inc() { return ++static::$count; } }
class Sub extends Counter {}
class Own extends Counter { public static $count = 100; }
Counter::inc(); Sub::inc(); Own::inc();
var_dump(Counter::$count, Sub::$count, Own::$count);
$name = 'count'; var_dump(Counter::$$name);
--EXPECT--
int(2)
int(2)
int(101)
int(2)
