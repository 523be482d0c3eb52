--TEST--
return in finally overrides the try return and swallows exceptions
--FILE--
<?php
function a() { try { return "try"; } finally { echo "finally runs\n"; } }
function b() { try { return "try"; } finally { return "finally"; } }
function c() { try { throw new Exception("lost"); } finally { return "finally wins"; } }
function d() { $x = 1; try { return $x; } finally { $x = 2; } }
var_dump(a(), b(), c(), d());
--EXPECT--
finally runs
string(3) "try"
string(7) "finally"
string(12) "finally wins"
int(1)
