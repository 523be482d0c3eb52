--TEST--
an uncaught AssertionError with its compiled description in the trace
--FILE--
<?php
var_dump(ini_get('zend.assertions'), ini_get('assert.exception'));
var_dump(assert(true));
try { assert(1 === 2); } catch (AssertionError $e) { var_dump($e->getMessage()); }
try { assert(false, "custom msg"); } catch (AssertionError $e) { var_dump($e->getMessage()); }
class MyErr extends Exception {}
try { assert(false, new MyErr("mine")); } catch (MyErr $e) { var_dump(get_class($e), $e->getMessage()); }
function f($a) { return $a > 1; }
try { assert(f(0) && strlen("ab") == 2); } catch (AssertionError $e) { var_dump($e->getMessage(), $e->getLine()); }
try { assert($x = 0); } catch (AssertionError $e) { var_dump($e->getMessage()); }
try { assert(['a' => 1, 2][0] == 3, ); } catch (AssertionError $e) { var_dump($e->getMessage()); }
try { assert(fn($x) => $x + 1 == 0 ? false : false); } catch (AssertionError $e) { var_dump($e->getMessage()); }
var_dump(assert(...));
assert(false);
echo "after\n";
--EXPECTF--
string(1) "1"
string(1) "1"
bool(true)
string(15) "assert(1 === 2)"
string(10) "custom msg"
string(5) "MyErr"
string(4) "mine"
string(33) "assert(f(0) && strlen('ab') == 2)"
int(9)
string(14) "assert($x = 0)"
string(29) "assert(['a' => 1, 2][0] == 3)"
object(Closure)#1 (2) {
  ["function"]=>
  string(6) "assert"
  ["parameter"]=>
  array(2) {
    ["$assertion"]=>
    string(10) "<required>"
    ["$description"]=>
    string(10) "<optional>"
  }
}

Fatal error: Uncaught AssertionError: assert(false) in %s:14
Stack trace:
#0 %s(14): assert(false, 'assert(false)')
#1 {main}
  thrown in %s on line 14
--EXPECT_EXIT--
255
