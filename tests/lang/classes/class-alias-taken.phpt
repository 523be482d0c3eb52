--TEST--
class_alias onto a name in use: PHP's redeclaration warning, worded from the aliased class
--FILE--
<?php
interface I {}
trait T {}
enum E {}
class C {}
var_dump(class_alias('C', 'I'));
var_dump(class_alias('I', 'C'));
var_dump(class_alias('E', 'C'));
var_dump(class_alias('C', 'E'));
var_dump(class_alias('C', 'T'));
var_dump(class_alias('C', 'Countable'));
var_dump(class_alias('Countable', 'C'));
var_dump(class_alias('C', 'c'));
class_alias('ArrayObject', 'Foo');
var_dump(class_alias('ArrayIterator', 'Foo'));
var_dump(class_alias('Countable', 'Foo'));
var_dump(class_alias('C', 'Foo'));
--EXPECTF--

Warning: Cannot redeclare class I (previously declared in %s:5) in %s on line 6
bool(false)

Warning: Cannot redeclare interface C (previously declared in %s:2) in %s on line 7
bool(false)

Warning: Cannot redeclare enum C (previously declared in %s:4) in %s on line 8
bool(false)

Warning: Cannot redeclare class E (previously declared in %s:5) in %s on line 9
bool(false)

Warning: Cannot redeclare class T (previously declared in %s:5) in %s on line 10
bool(false)

Warning: Cannot redeclare class Countable (previously declared in %s:5) in %s on line 11
bool(false)

Warning: Cannot redeclare interface C in %s on line 12
bool(false)

Warning: Cannot redeclare class c (previously declared in %s:5) in %s on line 13
bool(false)

Warning: Cannot redeclare class Foo in %s on line 15
bool(false)

Warning: Cannot redeclare interface Foo in %s on line 16
bool(false)

Warning: Cannot redeclare class Foo (previously declared in %s:5) in %s on line 17
bool(false)
