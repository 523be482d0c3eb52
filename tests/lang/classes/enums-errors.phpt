--TEST--
enums cannot be instantiated or have their properties changed
--FILE--
<?php
enum E { case A; }
try { new E; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a = E::A; $a->name = 'B'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(E::A instanceof E, gettype(E::A), E::A->name);
var_dump(serialize(E::A));
var_dump(var_export(E::A, true));
--EXPECT--
Cannot instantiate enum E
Cannot modify readonly property E::$name
bool(true)
string(6) "object"
string(1) "A"
string(10) "E:3:"E:A";"
string(5) "\E::A"
