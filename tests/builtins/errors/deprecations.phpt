--TEST--
common 8.x deprecations are shown with E_ALL
--FILE--
<?php
$s = "abc";
var_dump(strlen(null));
function opt($a = 1, $b) { return $b; }
var_dump(opt(1, 2));
--EXPECTF--

Deprecated: opt(): Optional parameter $a declared before required parameter $b is implicitly treated as a required parameter in %s on line 4

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 3
int(0)
int(2)
