--TEST--
named arguments, mixing with positional and skipping defaults
--FILE--
<?php
function mk($a, $b = 'B', $c = 'C') { return "$a-$b-$c"; }
echo mk(1, c: 'x'), "\n", mk(b: 2, a: 1), "\n", mk(...['c' => 3, 'a' => 0]), "\n";
echo str_pad(string: "x", length: 5, pad_type: STR_PAD_LEFT, pad_string: "."), "\n";
try { mk(1, a: 2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { mk(1, d: 2); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function v(...$args) { var_dump($args); }
v(1, 2, x: 3, y: 4);
--EXPECT--
1-B-x
1-2-C
0-B-3
....x
Error: Named parameter $a overwrites previous argument
Error: Unknown named parameter $d
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["x"]=>
  int(3)
  ["y"]=>
  int(4)
}
