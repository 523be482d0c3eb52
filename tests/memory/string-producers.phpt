--TEST--
Memory of addslashes (allocated from the first byte to escape, then shrunk), bin2hex, microtime, uniqid (printf-made), gettype (interned names)
--FILE--
<?php
function m() { return memory_get_usage(); }
foreach (["a'b", "O'Reilly \"x\"", str_repeat("'", 5), "abcdefgh'", str_repeat("x", 20) . "'", str_repeat("'", 30), "\\", "a\0b"] as $s) {
  $m0 = m(); $x = addslashes($s); echo "addslashes ", strlen($x), ": ", m() - $m0, "\n"; unset($x);
}
foreach (["", "a", "abc", str_repeat("z", 11), str_repeat("z", 50)] as $s) { $m0 = m(); $x = bin2hex($s); echo "bin2hex ", strlen($x), ": ", m() - $m0, "\n"; unset($x); }
$m0 = m(); $x = microtime(); echo "microtime: ", m() - $m0, "\n"; unset($x);
$m0 = m(); $x = uniqid(); echo "uniqid: ", m() - $m0, "\n"; unset($x);
$m0 = m(); $x = uniqid("prefix_long_here"); echo "uniqid prefix: ", m() - $m0, "\n"; unset($x);
$m0 = m(); $x = uniqid("", true); echo "uniqid more: ", m() - $m0, "\n"; unset($x);
foreach ([1, 1.5, "s", [], null, true, new stdClass] as $v) { $m0 = m(); $x = gettype($v); echo "gettype: ", m() - $m0, "\n"; unset($x); }
--EXPECT--
addslashes 4: 72
addslashes 15: 56
addslashes 10: 48
addslashes 10: 48
addslashes 22: 56
addslashes 60: 96
addslashes 2: 40
addslashes 4: 40
bin2hex 0: 32
bin2hex 2: 40
bin2hex 6: 40
bin2hex 22: 56
bin2hex 100: 160
microtime: 56
uniqid: 48
uniqid prefix: 64
uniqid more: 56
gettype: 0
gettype: 0
gettype: 0
gettype: 0
gettype: 0
gettype: 0
gettype: 0
