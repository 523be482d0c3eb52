--TEST--
traits: __CLASS__, self and static refer to the using class
--FILE--
<?php
trait T { function who() { return [__CLASS__, __TRAIT__, self::class, static::class, get_class($this)]; } }
class A { use T; } class B extends A {}
var_dump((new B)->who());
--EXPECT--
array(5) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "T"
  [2]=>
  string(1) "A"
  [3]=>
  string(1) "B"
  [4]=>
  string(1) "B"
}
