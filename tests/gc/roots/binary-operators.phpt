--TEST--
Possible roots of binary operators on arrays and objects
--FILE--
<?php
// Possible roots left by binary operators on arrays and objects, as PHP 8.4 leaves them: a
// loose comparison of arrays buffers both arrays; arithmetic, identity and object
// comparisons buffer nothing.
function roots() { return gc_status()['roots']; }
$a = [1]; $b = [2];
$x = $a + $b; echo "+: ", roots(), "\n";
$x = $a === $b; echo "===: ", roots(), "\n";
$o = new stdClass; $p = new stdClass;
$x = $o == $p; $x = $o < $p; echo "objects: ", roots(), "\n";
$x = $a == $b; echo "==: ", roots(), "\n";
$c = [3]; $d = [4];
$x = $c <=> $d; echo "<=>: ", roots(), "\n";
--EXPECT--
+: 0
===: 0
objects: 0
==: 2
<=>: 4
