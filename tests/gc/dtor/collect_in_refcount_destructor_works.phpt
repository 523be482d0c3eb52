--TEST--
gc_collect_cycles() from a destructor run by refcounting (not by the GC) does collect
--FILE--
<?php
class D { function __destruct() { echo "inside: "; var_dump(gc_collect_cycles()); } }
$junk = new stdClass; $junk->self = $junk; unset($junk);
$d = new D;
unset($d);
var_dump(gc_collect_cycles());
--EXPECT--
inside: int(1)
int(0)
