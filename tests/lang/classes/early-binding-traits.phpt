--TEST--
Early binding: not for classes using traits
--FILE--
<?php
// Classes using traits are not bound early (without opcache), plain subclasses are.
var_dump(class_exists("U"));
trait T {}
class U { use T; }
class P {}
var_dump(class_exists("P2"));
class P2 extends P {}
--EXPECT--
bool(false)
bool(true)
