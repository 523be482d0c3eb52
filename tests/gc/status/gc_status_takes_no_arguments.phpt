--TEST--
gc_status(), gc_enabled() and gc_collect_cycles() reject arguments
--FILE--
<?php
foreach (['gc_status', 'gc_enabled', 'gc_collect_cycles', 'gc_enable', 'gc_disable'] as $f) {
    try { $f(1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
ArgumentCountError: gc_status() expects exactly 0 arguments, 1 given
ArgumentCountError: gc_enabled() expects exactly 0 arguments, 1 given
ArgumentCountError: gc_collect_cycles() expects exactly 0 arguments, 1 given
ArgumentCountError: gc_enable() expects exactly 0 arguments, 1 given
ArgumentCountError: gc_disable() expects exactly 0 arguments, 1 given
