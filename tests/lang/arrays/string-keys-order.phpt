--TEST--
insertion order is kept; unset and re-add moves to the end
--FILE--
<?php
$a = ['b' => 1, 'a' => 2, 'c' => 3];
unset($a['b']); $a['b'] = 4;
echo implode(',', array_keys($a)), "\n";
$a['a'] = 'updated'; echo implode(',', array_keys($a)), "\n";
--EXPECT--
a,c,b
a,c,b
