--TEST--
string offset writes in place, past the end grown as .= grows
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$b = mem(); $str = str_repeat("x", 10); echo "str_repeat: ", mem() - $b, "\n";
$b = mem(); $str[0] = 'y'; echo "offset write: ", mem() - $b, "\n";
$b = mem(); $str .= "more"; echo "concat assign: ", mem() - $b, "\n";
$b = mem(); $str .= "more"; echo "concat assign 2: ", mem() - $b, "\n";
$b = mem(); $str .= str_repeat("z", 100); echo "concat assign big: ", mem() - $b, "\n";
$s2 = "abc" . mem();
$b = mem(); $s2[1] = 'X'; echo "offset write concat result: ", mem() - $b, "\n";
$lit = "literal";
$b = mem(); $lit[0] = 'L'; echo "offset write literal: ", mem() - $b, "\n";
$b = mem(); $lit[20] = '!'; echo "offset write past end: ", mem() - $b, "\n";
--EXPECT--
start
str_repeat: 48
offset write: 0
concat assign: 0
concat assign 2: 8
concat assign big: 104
offset write concat result: 0
offset write literal: 32
offset write past end: 24
