--TEST--
Countable objects work with count()
--FILE--
<?php
class Coll implements Countable { private $items = [1, 2, 3]; function count(): int { return count($this->items) * 10; } }
var_dump(count(new Coll));
try { count(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(30)
count(): Argument #1 ($value) must be of type Countable|array, stdClass given
