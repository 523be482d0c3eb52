--TEST--
null passed to string parameters is deprecated and read as empty
--FILE--
<?php
var_dump(strlen(null), strtoupper(null), str_contains("abc", null), trim(null), explode(",", null), str_pad(null, 3, "x"), substr(null, 0), strpos("abc", "c", null), ucfirst(null));
--EXPECTF--

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 2

Deprecated: strtoupper(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 2

Deprecated: str_contains(): Passing null to parameter #2 ($needle) of type string is deprecated in %s on line 2

Deprecated: trim(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 2

Deprecated: explode(): Passing null to parameter #2 ($string) of type string is deprecated in %s on line 2

Deprecated: str_pad(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 2

Deprecated: substr(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 2

Deprecated: strpos(): Passing null to parameter #3 ($offset) of type int is deprecated in %s on line 2

Deprecated: ucfirst(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 2
int(0)
string(0) ""
bool(true)
string(0) ""
array(1) {
  [0]=>
  string(0) ""
}
string(3) "xxx"
string(0) ""
int(2)
string(0) ""
