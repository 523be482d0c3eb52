--TEST--
serialize/implode/json_encode write integers directly: extremes, negatives, nesting, references
--FILE--
<?php
// serialize/implode/json_encode write integers directly: extremes, negatives, nesting, refs.
$v = [0, -1, PHP_INT_MAX, PHP_INT_MIN, 10, -10, 'k' => [1, [2, 'x' => -3]], 5 => 'five', -7 => 1.5, true, null];
echo serialize($v), "\n", implode(',', [0, -1, PHP_INT_MAX, PHP_INT_MIN, 'a', 1.5, true, null]), "\n", json_encode($v), "\n";
$a = [1]; $a[] = &$a[0]; $o = new stdClass; $o->self = $o; $o->n = -42;
echo serialize($a), "\n", serialize([$o, $o]), "\n";
var_dump(unserialize(serialize($v)) === $v);
echo json_encode([PHP_INT_MIN => PHP_INT_MIN]), json_encode(['a' => -0]), "\n";
--EXPECT--
a:10:{i:0;i:0;i:1;i:-1;i:2;i:9223372036854775807;i:3;i:-9223372036854775808;i:4;i:10;i:5;s:4:"five";s:1:"k";a:2:{i:0;i:1;i:1;a:2:{i:0;i:2;s:1:"x";i:-3;}}i:-7;d:1.5;i:6;b:1;i:7;N;}
0,-1,9223372036854775807,-9223372036854775808,a,1.5,1,
{"0":0,"1":-1,"2":9223372036854775807,"3":-9223372036854775808,"4":10,"5":"five","k":[1,{"0":2,"x":-3}],"-7":1.5,"6":true,"7":null}
a:2:{i:0;i:1;i:1;R:2;}
a:2:{i:0;O:8:"stdClass":2:{s:4:"self";r:2;s:1:"n";i:-42;}i:1;r:2;}
bool(true)
{"-9223372036854775808":-9223372036854775808}{"a":0}
