--TEST--
memory of builtin array and string results
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$r = [];
$arr = range(1, 20); $assoc = ['x' => 1, 'y' => 2, 'z' => 3];
$b = mem(); $x = array_reverse($arr); $r[] = ["array_reverse", mem() - $b];
$b = mem(); $x = array_flip($assoc); $r[] = ["array_flip", mem() - $b];
$b = mem(); $x = array_combine(['a','b'], [1,2]); $r[] = ["array_combine", mem() - $b];
$b = mem(); $x = array_fill(0, 10, 'v'); $r[] = ["array_fill", mem() - $b];
$b = mem(); $x = array_unique([1,2,2,3]); $r[] = ["array_unique", mem() - $b];
$b = mem(); $x = array_values($assoc); $r[] = ["array_values", mem() - $b];
$b = mem(); $x = array_column([['id'=>1],['id'=>2]], 'id'); $r[] = ["array_column", mem() - $b];
$b = mem(); $x = array_chunk($arr, 5); $r[] = ["array_chunk", mem() - $b];
$b = mem(); $x = array_diff($arr, [1,2]); $r[] = ["array_diff", mem() - $b];
$b = mem(); $x = array_intersect_key($assoc, ['x'=>0]); $r[] = ["array_intersect_key", mem() - $b];
$b = mem(); $x = array_search(5, $arr); $r[] = ["array_search", mem() - $b];
$b = mem(); $x = str_split("abcdefgh", 3); $r[] = ["str_split", mem() - $b];
$b = mem(); $x = str_pad("ab", 10, "-"); $r[] = ["str_pad", mem() - $b];
$b = mem(); $x = ucwords("hello big world"); $r[] = ["ucwords", mem() - $b];
$b = mem(); $x = number_format(1234567.891, 2); $r[] = ["number_format", mem() - $b];
$b = mem(); $x = trim("  hi  "); $r[] = ["trim", mem() - $b];
$b = mem(); $x = str_replace("a", "bb", "banana"); $r[] = ["str_replace", mem() - $b];
$b = mem(); $x = htmlspecialchars("<a href='x'>"); $r[] = ["htmlspecialchars", mem() - $b];
$b = mem(); $x = md5("hello"); $r[] = ["md5", mem() - $b];
$b = mem(); $x = base64_encode("hello world"); $r[] = ["base64_encode", mem() - $b];
$b = mem(); $x = strval(123456); $r[] = ["strval int", mem() - $b];
$b = mem(); $x = (string)1.5; $r[] = ["float to string", mem() - $b];
$b = mem(); $x = var_export([1, 'a' => 2], true); $r[] = ["var_export", mem() - $b];
$b = mem(); $x = array_sum($arr); $r[] = ["array_sum", mem() - $b];
$b = mem(); usort($arr, fn($a, $b) => $b <=> $a); $r[] = ["usort", mem() - $b];
$b = mem(); $x = array_key_first($assoc); $r[] = ["array_key_first", mem() - $b];
$b = mem(); $x = compact('arr', 'assoc'); $r[] = ["compact", mem() - $b];
$b = mem(); $x = sprintf("%s-%d-%.2f", "a", 5, 1.5); $r[] = ["sprintf", mem() - $b];
$b = mem(); $x = vsprintf("%s %s", ["a", "b"]); $r[] = ["vsprintf", mem() - $b];
$b = mem(); $x = strtr("hello", "el", "ip"); $r[] = ["strtr", mem() - $b];
$b = mem(); $x = substr_replace("hello", "J", 0, 1); $r[] = ["substr_replace", mem() - $b];
$b = mem(); $x = wordwrap("The quick brown fox", 10, "\n", true); $r[] = ["wordwrap", mem() - $b];
$b = mem(); $x = nl2br("a\nb"); $r[] = ["nl2br", mem() - $b];
$b = mem(); $x = lcfirst("Hello"); $r[] = ["lcfirst", mem() - $b];
$b = mem(); $x = array_pad([1], 5, 0); $r[] = ["array_pad", mem() - $b];
$b = mem(); $x = iterator_to_array(new ArrayIterator([1,2])); $r[] = ["iterator_to_array", mem() - $b];
foreach ($r as [$n, $d]) echo "$n: $d\n";
--EXPECT--
start
array_reverse: 912
array_flip: -264
array_combine: 376
array_fill: 216
array_unique: 56
array_values: 216
array_column: 216
array_chunk: 1080
array_diff: -168
array_intersect_key: -104
array_search: -160
str_split: 528
str_pad: -48
ucwords: 208
number_format: 216
trim: 208
str_replace: 224
htmlspecialchars: 336
md5: 120
base64_encode: 200
strval int: 200
float to string: 216
var_export: 248
array_sum: 152
usort: 248
array_key_first: 216
compact: 592
sprintf: 160
vsprintf: 216
strtr: -72
substr_replace: 224
wordwrap: 232
nl2br: 200
lcfirst: 208
array_pad: 400
iterator_to_array: 216
