--TEST--
min/max with an object beside numbers (PHP's notice, the object as 1) in both calling forms; enum cases uncomparable
--FILE--
<?php
// min/max with an object beside numbers: PHP's notice (the object counts as 1), in both
// calling forms; enum cases uncomparable; strings and arrays as before.
enum E { case A; }
$o = new stdClass;
var_dump(max($o, 5), min($o, 5), max(5, $o), min(0, $o));
var_dump(max([$o, 0.5]), min([3, $o, 2]), max(1, 2, $o), min($o, 1.5, 7));
var_dump(max(E::A, 1), min([1, E::A]));
var_dump(max("abc", 0), min([1, "1", [1]]), max([1, 2], [1, 3]));
--EXPECTF--

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6

Notice: Object of class stdClass could not be converted to int in %s on line 6
int(5)
object(stdClass)#1 (0) {
}
int(5)
int(0)

Notice: Object of class stdClass could not be converted to float in %s on line 7

Notice: Object of class stdClass could not be converted to int in %s on line 7

Notice: Object of class stdClass could not be converted to int in %s on line 7

Notice: Object of class stdClass could not be converted to int in %s on line 7

Notice: Object of class stdClass could not be converted to float in %s on line 7

Notice: Object of class stdClass could not be converted to int in %s on line 7
object(stdClass)#1 (0) {
}
object(stdClass)#1 (0) {
}
int(2)
object(stdClass)#1 (0) {
}
enum(E::A)
enum(E::A)
string(3) "abc"
int(1)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
