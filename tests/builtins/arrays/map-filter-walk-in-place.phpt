--TEST--
array_map and array_filter over arrays their callbacks write; explode with many fields
--FILE--
<?php
// array_map and array_filter walking arrays whose callbacks write the array, or whose
// elements are references; explode with many fields.
$arr = ['a' => 1, 'b' => 2, 'c' => 3];
$out = array_map(function ($v) use (&$arr) { $arr['z'] = 26; unset($arr['c']); return $v * 10; }, $arr);
echo json_encode([$out, $arr]), "\n";
$x = 5; $refs = [&$x, 7];
$out2 = array_map(function ($v) use (&$x) { $x++; return $v; }, $refs);
echo json_encode([$out2, $x]), "\n";
$list = [1, 2, 3, 4];
$f = array_filter($list, function ($v) use (&$list) { $list[] = $v; return $v % 2 == 0; });
echo json_encode([$f, count($list)]), "\n";
echo json_encode(array_filter(['x' => 0, 'y' => 'y', 5 => null, 6 => '0', 7 => [1]])), "\n";
echo json_encode(array_map(null, ['k' => 1])), "\n";
echo json_encode(array_map('strtoupper', ['k' => 'a', 9 => 'b'])), "\n";
$line = implode(',', range(1, 40));
echo count(explode(',', $line)), " ", json_encode(explode(',', 'a,,b,', -1)), " ", json_encode(explode(',', 'a,b,c,d', 2)), "\n";
$m0 = memory_get_usage(); $parts = explode(',', $line); echo memory_get_usage() - $m0, "\n";
--EXPECT--
[{"a":10,"b":20,"c":30},{"a":1,"b":2,"z":26}]
[[5,7],7]
[{"1":2,"3":4},8]
{"y":"y","7":[1]}
{"k":1}
{"k":"A","9":"B"}
40 ["a","","b"] ["a","b,c,d"]
2576
