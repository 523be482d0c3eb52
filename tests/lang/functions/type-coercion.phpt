--TEST--
scalar parameter types coerce in weak mode
--FILE--
<?php
function i(int $x) { var_dump($x); }
function fl(float $x) { var_dump($x); }
function s(string $x) { var_dump($x); }
function b(bool $x) { var_dump($x); }
i("42"); i(3.0); i(true); fl(5); fl("1.5"); s(12); s(1.5); s(false); b(0); b("a");
try { i("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { i(1.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
i("1.0");
--EXPECTF--
int(42)
int(3)
int(1)
float(5)
float(1.5)
string(2) "12"
string(3) "1.5"
string(0) ""
bool(false)
bool(true)
i(): Argument #1 ($x) must be of type int, string given, called in %s on line 7

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
int(1)
