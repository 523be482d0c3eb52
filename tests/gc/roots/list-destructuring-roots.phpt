--TEST--
list() destructuring records no possible root for its source (PHP reads it in place and frees it without one)
--FILE--
<?php
foreach ([[1, 2], [3, 4]] as $v) { } echo "a ", gc_status()['roots'], "\n";
foreach ([[1, 2], [3, 4]] as [$p, $q]) { } echo "b ", gc_status()['roots'], "\n";
$x = [[1, 2], [3, 4]];
foreach ($x as [$p, $q]) { } echo "c ", gc_status()['roots'], "\n";
$y = [[1, 2]]; [$m, $n] = $y[0]; echo "d ", gc_status()['roots'], "\n";
$z = [1, 2]; [$m, $n] = $z; echo "e ", gc_status()['roots'], "\n";
--EXPECT--
a 1
b 1
c 1
d 1
e 1
