--TEST--
isset, empty and ?? on one array element (the dispatch loop's own read) over every kind of key and element, references, temporary keys, non-arrays and float keys' deprecations
--FILE--
<?php
// isset / empty / ?? on one array element, in a loop (the dispatch loop's own path) and
// beside every kind of key and element.
$a = [0, 1, null, "", "0", "a", [], [0], 1.5, false, true, "k" => "v", "5" => 5, -3 => "neg", "01" => "str01"];
$r = 7; $a[] = &$r;
$keys = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "k", "5", 5, -3, "-3", "01", "1", "x", 99, -1, 1.7, true, false, null];
foreach ($keys as $k) {
    $t = isset($a[$k]); $e = empty($a[$k]); $c = $a[$k] ?? "dflt";
    echo var_export($k, true), ": ", var_export($t, true), " ", var_export($e, true), " ", var_export($c, true), "\n";
}
// Temporary keys.
for ($i = 0; $i < 4; $i++) {
    echo isset($a[$i + 1]) ? "y" : "n", empty($a[$i * 2]) ? "E" : "-", $a["" . $i] ?? "d", ",";
}
echo "\n";
// Not arrays: strings, null, scalars, objects.
$s = "hello"; $n = null; $i5 = 5; $o = new ArrayObject([1, 2]);
foreach ([0, 4, 5, -1, "1", "x", 1.5] as $k) {
    echo var_export(isset($s[$k]), true), var_export(empty($s[$k]), true), var_export($s[$k] ?? "d", true), " ";
}
echo "\n", var_export(isset($n[1]), true), var_export(isset($i5[0]), true), var_export(isset($o[1]), true), var_export($o[5] ?? "d", true), "\n";
// Undefined variable: no warning.
echo var_export(isset($undef[1]), true), var_export(empty($undef[1]), true), $undef[1] ?? "u", "\n";
// A reference element and an element that is a reference to null.
$z = null; $b = ["r" => &$z, "s" => &$r];
echo var_export(isset($b["r"]), true), var_export(isset($b["s"]), true), var_export($b["s"] ?? 0, true), var_export(empty($b["r"]), true), "\n";
// A hashed array grown in a loop.
$h = [];
for ($i = 0; $i < 2000; $i++) {
    if (!isset($h[$i % 37])) { $h[$i % 37] = 0; }
    $h[$i % 37]++;
    $h["s" . ($i % 5)] = ($h["s" . ($i % 5)] ?? 0) + $i;
}
echo count($h), " ", $h[0], " ", $h[36], " ", $h["s4"], "\n";
// The copy made by ?? is a copy.
$arr = ["x" => [1, 2]]; $cp = $arr["x"] ?? []; $cp[] = 3;
echo count($arr["x"]), count($cp), "\n";
debug_zval_dump($arr["x"] ?? null);
--EXPECTF--
0: true true 0
1: true false 1
2: false true 'dflt'
3: true true ''
4: true true '0'
5: true false 5
6: true true array (
)
7: true false array (
  0 => 0,
)
8: true false 1.5
9: true true false
10: true false true
11: true false 7
12: false true 'dflt'
'k': true false 'v'
'5': true false 5
5: true false 5
-3: true false 'neg'
'-3': true false 'neg'
'01': true false 'str01'
'1': true false 1
'x': false true 'dflt'
99: false true 'dflt'
-1: false true 'dflt'

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 8

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 8

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 8
1.7: true false 1
true: true false 1
false: true true 0
NULL: false true 'dflt'
yE0,nE1,yEd,yE,
truefalse'h' truefalse'o' falsetrue'd' truefalse'o' truefalse'e' falsetrue'd' 
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 19
true
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 19
false'e' 
falsefalsetrue'd'
falsetrueu
falsetrue7true
42 55 54 400600
23
array(2) packed refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
