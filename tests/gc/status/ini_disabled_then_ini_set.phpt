--TEST--
with zend.enable_gc=0 from startup, ini_set('zend.enable_gc', '1') enables the collector
--INI--
zend.enable_gc=0
--FILE--
<?php
var_dump(ini_set('zend.enable_gc', '1'));
var_dump(gc_enabled());
$o = new stdClass; $o->self = $o; unset($o);
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
--EXPECT--
string(1) "0"
bool(true)
int(1)
int(1)
