--TEST--
return types: coercion, void, never, static, nullable
--FILE--
<?php
function r1(): int { return "7"; }
function r2(): ?string { return null; }
function r3(): void { return; }
function r4(): float { return 3; }
var_dump(r1(), r2(), r3(), r4());
function r5(): int { return "x"; }
try { r5(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function r6(): never { throw new Exception("never returns"); }
try { r6(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
function r7(): int|false { return false; }
var_dump(r7());
--EXPECT--
int(7)
NULL
NULL
float(3)
r5(): Return value must be of type int, string returned
never returns
bool(false)
