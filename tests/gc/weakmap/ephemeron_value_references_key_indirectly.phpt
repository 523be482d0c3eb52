--TEST--
value -> container -> key chain keeps nothing alive once the key is unreachable
--FILE--
<?php
class Canary {
    public $ref;
    function __construct(public string $name) {}
    function __destruct() { echo "dtor {$this->name}\n"; }
}
$m = new WeakMap;
$key = new Canary('key');
$container = new Canary('container');
$container->ref = $key;
$m[$key] = $container;
unset($key, $container);
echo "collect\n";
var_dump(gc_collect_cycles());
var_dump(count($m));
--EXPECT--
collect
dtor key
dtor container
int(2)
int(0)
