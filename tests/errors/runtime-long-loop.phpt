--TEST--
a long bounded loop finishes (no execution time limit on the CLI)
--FILE--
<?php
$i = 0;
while ($i < 1000000) { $i++; }
echo $i, "\n";
--EXPECT--
1000000
