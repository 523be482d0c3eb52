--TEST--
ini_get('zend.enable_gc') follows gc_enable()/gc_disable()
--FILE--
<?php
var_dump(ini_get('zend.enable_gc'));
gc_disable();
var_dump(ini_get('zend.enable_gc'));
gc_enable();
var_dump(ini_get('zend.enable_gc'));
--EXPECT--
string(1) "1"
string(1) "0"
string(1) "1"
