--TEST--
instanceof with classes, interfaces and strings
--FILE--
<?php
interface I {} class P implements I {} class C extends P {}
$c = new C; $cls = 'P';
var_dump($c instanceof C, $c instanceof P, $c instanceof I, $c instanceof $cls, $c instanceof stdClass, null instanceof C, !$c instanceof C);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
