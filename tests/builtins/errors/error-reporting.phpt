--TEST--
error_reporting hides notices and warnings and returns the old level
--FILE--
<?php
var_dump(error_reporting());
$old = error_reporting(E_ALL & ~E_WARNING);
echo $undefined1, "hidden warning\n";
var_dump($old, error_reporting());
error_reporting(E_ALL);
echo $undefined2, "shown warning\n";
--EXPECTF--
int(30719)
hidden warning
int(30719)
int(30717)

Warning: Undefined variable $undefined2 in %s on line 7
shown warning
