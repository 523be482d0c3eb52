--TEST--
passing null to non-nullable internal parameters is deprecated
--FILE--
<?php
var_dump(strlen(null));
var_dump(str_replace("a", "b", null));
--EXPECTF--

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 2
int(0)

Deprecated: str_replace(): Passing null to parameter #3 ($subject) of type array|string is deprecated in %s on line 3
string(0) ""
