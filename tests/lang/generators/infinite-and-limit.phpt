--TEST--
infinite generator consumed partially; generator destroyed early runs finally
--FILE--
<?php
function naturals() { try { $i = 0; while (true) yield $i++; } finally { echo "cleanup\n"; } }
foreach (naturals() as $n) { if ($n >= 3) break; echo $n, "\n"; }
echo "after loop\n";
--EXPECT--
0
1
2
cleanup
after loop
