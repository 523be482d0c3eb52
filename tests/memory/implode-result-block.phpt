--TEST--
implode results in PHP's zend_string_safe_alloc block
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
foreach ([["a"], ["a","b"], ["a","b","c"], ["ab","cd"], ["abcdefgh","abcdefgh"], [1,2], [1.5, 2]] as $arr) {
  $b = mem(); $s = implode("-", $arr); echo strlen($s), ": ", mem() - $b, "\n"; unset($s);
}
$b = mem(); $s = join(",", ["x", "y"]); echo "join: ", mem() - $b, "\n";
$arr = ["a", "b"];
$b = mem(); $s2 = implode("-", $arr); echo "var arr: ", mem() - $b, "\n";
--EXPECT--
start
1: 0
3: 40
5: 40
5: 40
17: 56
3: 40
5: 40
join: 40
var arr: 40
