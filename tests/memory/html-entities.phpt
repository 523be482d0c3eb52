--TEST--
Memory of htmlspecialchars, htmlentities and their decoders (decoding allocates len + len/5 + 2, as PHP does)
--FILE--
<?php
function m() { return memory_get_usage(); }
foreach (["<a href='x'>", "plain text no specials", "a&b", str_repeat("<", 10), str_repeat("x", 100) . "<", "<>", "é<"] as $s) {
  $m0 = m(); $x = htmlspecialchars($s); echo strlen($s), "->", strlen($x), ": ", m() - $m0, "\n"; unset($x);
  $m0 = m(); $x = htmlentities($s); echo "ent ", strlen($s), "->", strlen($x), ": ", m() - $m0, "\n"; unset($x);
  $m0 = m(); $x = htmlspecialchars_decode(htmlspecialchars($s)); echo "dec: ", m() - $m0, "\n"; unset($x);
}
foreach (["a & b", "&amp;", "x &#65; y", "&nbsp;&copy;", "&unknown;"] as $s) {
  $m0 = m(); $x = htmlspecialchars_decode($s); echo "d $s: ", m() - $m0, "\n"; unset($x);
  $m0 = m(); $x = html_entity_decode($s); echo "e $s: ", m() - $m0, "\n"; unset($x);
}
--EXPECT--
12->28: 192
ent 12->28: 160
dec: 64
22->22: 160
ent 22->22: 160
dec: 160
3->7: 160
ent 3->7: 160
dec: 40
10->40: 160
ent 10->40: 160
dec: 80
101->104: 256
ent 101->104: 256
dec: 160
2->8: 160
ent 2->8: 160
dec: 40
3->6: 160
ent 3->12: 160
dec: 40
d a & b: 40
e a & b: 40
d &amp;: 40
e &amp;: 40
d x &#65; y: 40
e x &#65; y: 40
d &nbsp;&copy;: 48
e &nbsp;&copy;: 48
d &unknown;: 40
e &unknown;: 40
