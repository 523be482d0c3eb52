--TEST--
date results of every size and gmdate
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "x\n";
$d = date("Y");
foreach (["", "N", "Y-m-d", str_repeat("Y", 60), str_repeat("Y-", 150)] as $f) { $b = mem(); $s = date($f, 0); echo strlen($s), " ", mem() - $b, "\n"; unset($s); }
$b = mem(); $s = gmdate("Y-m-d", 0); echo "gmdate ", mem() - $b, "\n";
--EXPECT--
x
0 0
1 256
10 256
240 4096
750 4096
gmdate 256
