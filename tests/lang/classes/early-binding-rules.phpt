--TEST--
early binding: plain classes and subclasses of bound parents exist before their line; classes with interfaces and enums do not
--FILE--
<?php
// Which declarations exist before their line runs (PHP without opcache).
var_dump(class_exists('Plain'), class_exists('WithIface'), enum_exists('Suit'), class_exists('Child'));
class Plain {}
class WithIface implements Countable { function count(): int { return 1; } }
enum Suit { case A; }
class Child extends Plain {}
var_dump(class_exists('WithIface'), enum_exists('Suit'));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
