--TEST--
ini_set('zend.enable_gc', ...) switches the collector and returns the old value
--FILE--
<?php
var_dump(ini_set('zend.enable_gc', '0'));
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
var_dump(ini_set('zend.enable_gc', '1'));
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
var_dump(ini_set('zend.enable_gc', 'off'));
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
var_dump(ini_set('zend.enable_gc', 'on'));
var_dump(gc_enabled(), ini_get('zend.enable_gc'));
--EXPECT--
string(1) "1"
bool(false)
string(1) "0"
string(1) "0"
bool(true)
string(1) "1"
string(1) "1"
bool(false)
string(3) "off"
string(3) "off"
bool(true)
string(2) "on"
