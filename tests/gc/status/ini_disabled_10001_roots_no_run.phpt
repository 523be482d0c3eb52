--TEST--
with zend.enable_gc=0 from startup, 20000 cycles never trigger a run
--INI--
zend.enable_gc=0
--FILE--
<?php
for ($i = 0; $i < 20000; $i++) { $o = new stdClass; $o->self = $o; }
$s = gc_status();
var_dump($s['runs'], $s['roots'], $s['threshold']);
--EXPECT--
int(0)
int(0)
int(0)
