--TEST--
increment/decrement deprecations and warnings of PHP 8.3+ (strings, null, bool)
--FILE--
<?php
foreach (["", "abc", "a-", "5x"] as $s) { $t = $s; $t--; var_dump($t); }
$u = "a b"; $u++; var_dump($u);
$x = null; $x--; var_dump($x); $y = false; $y--; var_dump($y); $z = true; $z++; var_dump($z);
function f() { $u--; var_dump($u); } f();
--EXPECTF--

Deprecated: Decrement on empty string is deprecated as non-numeric in %s on line 2
int(-1)

Deprecated: Decrement on non-numeric string has no effect and is deprecated in %s on line 2
string(3) "abc"

Deprecated: Decrement on non-numeric string has no effect and is deprecated in %s on line 2
string(2) "a-"

Deprecated: Decrement on non-numeric string has no effect and is deprecated in %s on line 2
string(2) "5x"

Deprecated: Increment on non-alphanumeric string is deprecated in %s on line 3
string(3) "a c"

Warning: Decrement on type null has no effect, this will change in the next major version of PHP in %s on line 4
NULL

Warning: Decrement on type bool has no effect, this will change in the next major version of PHP in %s on line 4
bool(false)

Warning: Increment on type bool has no effect, this will change in the next major version of PHP in %s on line 4
bool(true)

Warning: Undefined variable $u in %s on line 5

Warning: Decrement on type null has no effect, this will change in the next major version of PHP in %s on line 5
NULL
