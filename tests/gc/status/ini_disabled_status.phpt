--TEST--
with zend.enable_gc=0 from startup, gc_status() reports a protected GC with no buffer
--INI--
zend.enable_gc=0
--FILE--
<?php
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
foreach (gc_status() as $k => $v) {
    if (str_ends_with($k, '_time')) continue;
    echo "$k: "; var_dump($v);
}
--EXPECT--
bool(false)
string(1) "0"
running: bool(false)
protected: bool(true)
full: bool(false)
runs: int(0)
collected: int(0)
threshold: int(0)
buffer_size: int(0)
roots: int(0)
