--TEST--
string search and replace on short and long subjects, overlapping and one-byte needles
--FILE--
<?php
$cases = [["aaaa", "aa", "b"], ["abcabc", "c", "XY"], ["", "a", "b"], ["hello world", "o", ""], [str_repeat("ab", 50), "ba", "-"], ["xyz", "xyz", "1"], ["aaa", "aaaa", "z"], ["a.b.c", ".", "::"], [str_repeat("x", 70) . "needle" . str_repeat("y", 3), "needle", "N"]];
foreach ($cases as [$s, $f, $t]) {
  var_dump(str_replace($f, $t, $s, $n), $n, str_contains($s, $f), strpos($s, $f), substr_count($s, $f), str_ireplace(strtoupper($f), $t, $s));
}
var_dump(str_contains("abc", ""), strpos("abc", "c", 2), strpos("abcabc", "b", 2), stripos("ABCabc", "c", 3), explode(",", "a,b,,c"));
--EXPECT--
string(2) "bb"
int(2)
bool(true)
int(0)
int(2)
string(2) "bb"
string(8) "abXYabXY"
int(2)
bool(true)
int(2)
int(2)
string(8) "abXYabXY"
string(0) ""
int(0)
bool(false)
bool(false)
int(0)
string(0) ""
string(9) "hell wrld"
int(2)
bool(true)
int(4)
int(2)
string(9) "hell wrld"
string(51) "a-------------------------------------------------b"
int(49)
bool(true)
int(1)
int(49)
string(51) "a-------------------------------------------------b"
string(1) "1"
int(1)
bool(true)
int(0)
int(1)
string(1) "1"
string(3) "aaa"
int(0)
bool(false)
bool(false)
int(0)
string(3) "aaa"
string(7) "a::b::c"
int(2)
bool(true)
int(1)
int(2)
string(7) "a::b::c"
string(74) "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNyyy"
int(1)
bool(true)
int(70)
int(1)
string(74) "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxNyyy"
bool(true)
int(2)
int(4)
int(5)
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
