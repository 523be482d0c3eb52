--TEST--
method_exists, property_exists, class_exists, interface_exists, enum_exists, trait_exists
--FILE--
<?php
interface I {} trait T {} enum E {} abstract class A { public $p; static function s() {} }
var_dump(class_exists('A'), class_exists('I'), interface_exists('I'), trait_exists('T'), enum_exists('E'), class_exists('E'), method_exists('A', 's'), property_exists('A', 'p'), method_exists('Nope', 'x'));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
