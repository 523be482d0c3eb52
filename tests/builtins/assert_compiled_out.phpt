--TEST--
zend.assertions=-1: assert() calls not compiled
--INI--
zend.assertions=-1
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
--EXPECT--
bool(true)
int(1)
bool(true)
bool(true)
bool(true)
end
