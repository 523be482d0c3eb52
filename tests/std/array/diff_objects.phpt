--TEST--
diff and intersect compare string forms, objects with __toString
--FILE--
<?php
class S { public function __construct(private $s) {} public function __toString(): string { return $this->s; } }
var_dump(array_diff([new S('a'), 'b', 'c'], ['a', new S('c')]));
var_dump(array_intersect(['1', 1.0, '1.0', 'x'], [1]));
var_dump(array_diff_key(['a' => 1, 0 => 2, '1' => 3], [1 => 0, 'a' => 0]));
--EXPECT--
array(1) {
  [1]=>
  string(1) "b"
}
array(2) {
  [0]=>
  string(1) "1"
  [1]=>
  float(1)
}
array(1) {
  [0]=>
  int(2)
}
