--TEST--
the value of an entry is released when its key dies
--FILE--
<?php
class V { function __destruct() { echo "value dtor\n"; } }
$m = new WeakMap;
$k = new stdClass;
$m[$k] = new V;
echo "unset key\n";
unset($k);
echo "done\n";
--EXPECT--
unset key
value dtor
done
