--TEST--
freeing a WeakMap releases its values but not its keys
--FILE--
<?php
class V { function __construct(public string $n) {} function __destruct() { echo "dtor {$this->n}\n"; } }
$m = new WeakMap;
$k1 = new V('key1'); $k2 = new V('key2');
$m[$k1] = new V('val1');
$m[$k2] = new V('val2');
echo "unset map\n";
unset($m);
echo "keys alive: ", $k1->n, " ", $k2->n, "\n";
echo "end\n";
--EXPECT--
unset map
dtor val1
dtor val2
keys alive: key1 key2
end
dtor key2
dtor key1
