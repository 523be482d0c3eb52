--TEST--
an entry disappears as soon as its key object dies
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m[$k] = 'v';
var_dump(count($m));
unset($k);
var_dump(count($m));
foreach ($m as $key => $v) echo "still there\n";
--EXPECT--
int(1)
int(0)
