--TEST--
count and count recursive, sizeof
--FILE--
<?php
var_dump(count([1, 2, [3, 4]]), count([1, 2, [3, 4]], COUNT_RECURSIVE), sizeof([]));
try { count(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { count('abc'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class C implements Countable { public function count(): int { return 42; } }
var_dump(count(new C));
--EXPECT--
int(3)
int(5)
int(0)
count(): Argument #1 ($value) must be of type Countable|array, null given
count(): Argument #1 ($value) must be of type Countable|array, string given
int(42)
