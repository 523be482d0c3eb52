--TEST--
for loops with multiple expressions and empty parts
--FILE--
<?php
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 3) echo "$i-$j ";
echo "\n";
for ($k = 0; ; $k++) { if ($k > 2) break; echo $k; }
echo "\n";
for ($x = 0; $x < 2; $x++): echo "alt$x "; endfor; echo "\n";
--EXPECT--
0-10 3-7 
012
alt0 alt1 
