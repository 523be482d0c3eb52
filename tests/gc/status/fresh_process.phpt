--TEST--
gc_status() of a fresh process: deterministic values and the types of the timing keys
--FILE--
<?php
foreach (gc_status() as $k => $v) {
    if (str_ends_with($k, '_time')) echo "$k: ", get_debug_type($v), "\n";
    else { echo "$k: "; var_dump($v); }
}
--EXPECT--
running: bool(false)
protected: bool(false)
full: bool(false)
runs: int(0)
collected: int(0)
threshold: int(10001)
buffer_size: int(16384)
roots: int(0)
application_time: float
collector_time: float
destructor_time: float
free_time: float
