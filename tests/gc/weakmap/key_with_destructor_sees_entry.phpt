--TEST--
inside the key's destructor its WeakMap entry is still present
--FILE--
<?php
class K { function __destruct() { global $m; echo "in dtor: ", count($m), " ", $m[$this], "\n"; } }
$m = new WeakMap;
$k = new K;
$m[$k] = 'v';
unset($k);
echo "after: ", count($m), "\n";
--EXPECT--
in dtor: 1 v
after: 0
