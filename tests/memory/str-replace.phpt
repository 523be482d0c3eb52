--TEST--
Memory of str_replace/str_ireplace results: a longer replacement's result is requested as zend_string_safe_alloc(count, growth, subject) requests it, others exactly, no match shares the subject
--FILE--
<?php
function m() { return memory_get_usage(); }
$cases = [["b", "xx", "abcabcabc"], ["b", "x", "abcabcabc"], ["b", "", "abcabcabc"], ["bc", "x", "abcabcabc"], ["bc", "xy", "abcabcabc"], ["bc", "xyz", "abcabcabc"], ["q", "x", "abc"], ["bc", "", "abcabcabc"], [["a", "b"], ["xx", "y"], "aabbccaabb"], ["A", "zz", "aAaA"]];
foreach ($cases as [$s, $r, $subj]) {
  $m0 = m(); $x = str_replace($s, $r, $subj); echo json_encode([$s, $r]), ": ", m() - $m0, "\n"; unset($x);
  $m0 = m(); $x = str_ireplace($s, $r, $subj); echo "i ", json_encode([$s, $r]), ": ", m() - $m0, "\n"; unset($x);
}

foreach ([["a", "bb", "banana"], ["b", "xx", "abcabcabc"], ["a", "bb", "a"], ["a", "bb", "aa"], ["a", "bb", "aaa"], ["a", "bb", "xa"], ["a", "bb", "xxxxxxxa"], ["a", "bb", "xxxxxxxxxxa"], ["a", "bb", "xxxxxxxxxxxxa"], ["a", "bb", "xxxxxxxxxxxxxxa"], ["a", "bbb", "xxxxxxxxxxa"], ["a", "bbbbb", "xxxxxxxxxxa"]] as [$s, $r, $subj]) {
  $m0 = m(); $x = str_replace($s, $r, $subj); echo strlen($subj), "->", strlen($x), ": ", m() - $m0, "\n"; unset($x);
}
--EXPECT--
["b","xx"]: 80
i ["b","xx"]: 48
["b","x"]: 40
i ["b","x"]: 40
["b",""]: 32
i ["b",""]: 32
["bc","x"]: 32
i ["bc","x"]: 32
["bc","xy"]: 40
i ["bc","xy"]: 40
["bc","xyz"]: 48
i ["bc","xyz"]: 48
["q","x"]: 0
i ["q","x"]: 0
["bc",""]: 32
i ["bc",""]: 32
[["a","b"],["xx","y"]]: 40
i [["a","b"],["xx","y"]]: 40
["A","zz"]: 40
i ["A","zz"]: 40
6->9: 40
9->12: 48
1->2: 40
2->4: 40
3->6: 40
2->3: 40
8->9: 48
11->12: 48
13->14: 48
15->16: 48
11->13: 48
11->15: 48
