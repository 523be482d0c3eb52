--TEST--
strlen on strings, numbers, bools, null and objects
--FILE--
<?php
var_dump(strlen(""), strlen("abc"), strlen("\0\0"), strlen(12345), strlen(1.5), strlen(true), strlen(false));
var_dump(strlen(null));
class S { function __toString(): string { return "four"; } }
var_dump(strlen(new S));
try { strlen([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { strlen(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(0)
int(3)
int(2)
int(5)
int(3)
int(1)
int(0)

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 3
int(0)
int(4)
strlen(): Argument #1 ($string) must be of type string, array given
strlen(): Argument #1 ($string) must be of type string, stdClass given
