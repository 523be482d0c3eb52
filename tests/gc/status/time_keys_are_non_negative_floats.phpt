--TEST--
the *_time keys are floats >= 0 before and after a collection
--FILE--
<?php
$o = new stdClass; $o->self = $o; unset($o);
gc_collect_cycles();
foreach (['application_time', 'collector_time', 'destructor_time', 'free_time'] as $k) {
    $v = gc_status()[$k];
    var_dump(is_float($v) && $v >= 0.0);
}
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
