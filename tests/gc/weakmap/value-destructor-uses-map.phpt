--TEST--
WeakMap values whose destructors use the same map
--FILE--
<?php
// A WeakMap value replaced or dropped whose destructor uses the same map.
class D {
    public function __construct(public string $name) {}
    public function __destruct() {
        global $map, $k2, $k3;
        echo "dtor {$this->name}: count ", count($map), "\n";
        $map[$k2] = "written by {$this->name}";
        unset($map[$k3]);
        echo "after: count ", count($map), "\n";
    }
}
$map = new WeakMap;
$k1 = new stdClass; $k2 = new stdClass; $k3 = new stdClass;
$map[$k1] = new D('first');
$map[$k3] = 'three';
$map[$k1] = 'replaced';
var_dump(count($map), $map[$k2], isset($map[$k3]));
$map[$k3] = new D('second');
$map[$k3] = 'again';
var_dump(count($map));
$k4 = new stdClass;
$map[$k4] = new D('third');
unset($k4);                      // the entry goes with its key; its value's destructor runs
var_dump(count($map));
foreach ($map as $k => $v) { echo get_class($k), " => ", is_object($v) ? 'D' : $v, "\n"; }
--EXPECT--
dtor first: count 2
after: count 2
int(2)
string(16) "written by first"
bool(false)
dtor second: count 3
after: count 2
int(2)
dtor third: count 2
after: count 2
int(2)
stdClass => replaced
stdClass => written by third
