--TEST--
spaceship operator on ints, floats, strings, arrays
--FILE--
<?php
var_dump(1 <=> 2, 2 <=> 1, 2 <=> 2, 1.5 <=> 1.5, "a" <=> "b", [1, 2] <=> [1, 3], [1, 2, 3] <=> [1, 2], null <=> false, true <=> false);
--EXPECT--
int(-1)
int(1)
int(0)
int(0)
int(-1)
int(-1)
int(1)
int(0)
int(1)
