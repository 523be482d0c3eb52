--TEST--
assert() descriptions: exceptions thrown, stringables, named arguments, dynamic calls
--FILE--
<?php
class S { function __toString(): string { return "strobj"; } }
try { assert(false, new S); } catch (AssertionError $e) { var_dump($e->getMessage()); }
try { assert(false, new stdClass); } catch (TypeError $e) { var_dump($e->getMessage()); }
try { assert(false, [1]); } catch (TypeError $e) { var_dump($e->getMessage()); }
try { assert(assertion: 1 > 2); } catch (AssertionError $e) { var_dump($e->getMessage()); }
try { assert(description: "d", assertion: 0); } catch (AssertionError $e) { var_dump($e->getMessage()); }
try { assert(false, description: "named"); } catch (AssertionError $e) { var_dump($e->getMessage()); }
try { assert(); } catch (ArgumentCountError $e) { var_dump($e->getMessage()); }
$r = assert(true); var_dump($r);
$x = 1;
assert($x++ > 0);
var_dump($x);
function f() { assert(false === true, "in f"); }
try { f(); } catch (AssertionError $e) { echo $e->getTraceAsString(), "\n", $e->getLine(), "\n"; }
try { assert(strlen(...) === 1); } catch (AssertionError $e) { var_dump($e->getMessage()); }
$c = assert(...); var_dump($c(true));
try { $c(false); } catch (AssertionError $e) { var_dump($e->getMessage()); }
var_dump(function_exists('assert'), is_callable('assert'));
echo "end\n";
--EXPECTF--
string(6) "strobj"
string(90) "assert(): Argument #2 ($description) must be of type Throwable|string|null, stdClass given"
string(87) "assert(): Argument #2 ($description) must be of type Throwable|string|null, array given"
string(24) "assert(assertion: 1 > 2)"
string(1) "d"
string(5) "named"
string(45) "assert() expects at least 1 argument, 0 given"
bool(true)
int(2)
#0 %s(14): assert(false, 'in f')
#1 %s(15): f()
#2 {main}
14
string(25) "assert(strlen(...) === 1)"
bool(true)
string(0) ""
bool(true)
bool(true)
end
