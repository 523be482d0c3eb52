--TEST--
while and do-while loops
--FILE--
<?php
$i = 0; while ($i < 3) { echo $i++; } echo "\n";
$j = 10; do { echo $j; } while ($j < 5); echo "\n";
$k = 0; while (true) { if (++$k > 4) break; if ($k % 2) continue; echo $k; } echo "\n";
while (false): endwhile; echo "alt ok\n";
--EXPECT--
012
10
24
alt ok
