--TEST--
assert() settings: assert.exception off warns, zend.assertions switches at run time
--FILE--
<?php
namespace {
var_dump(ini_get('assert.active'), ini_get('assert.warning'), ini_get('assert.bail'), ini_get('assert.callback'));
var_dump(ini_set('assert.exception', '0'));
var_dump(assert(false));
var_dump(assert(1 > 2, "descr"));
var_dump(ini_set('zend.assertions', '0'));
var_dump(assert(false));
var_dump(assert(print("evaluated?\n")));
var_dump(ini_set('zend.assertions', '-1'));
var_dump(ini_get('zend.assertions'));
var_dump(ini_set('zend.assertions', '1'));
var_dump(assert(0));
var_dump(ini_set('assert.exception', '1'));
try { assert(false, 5); } catch (AssertionError $e) { var_dump($e->getMessage()); }
try { assert(false, null); } catch (AssertionError $e) { var_dump($e->getMessage()); }
try { assert(false, "x", 3); } catch (Error $e) { var_dump(get_class($e), $e->getMessage()); }
}
namespace Foo {
try { assert(false); } catch (\AssertionError $e) { var_dump($e->getMessage()); }
try { \assert(2 < 1); } catch (\AssertionError $e) { var_dump($e->getMessage()); }
$f = 'assert';
try { $f(false); } catch (\AssertionError $e) { var_dump($e->getMessage()); }
try { call_user_func('assert', false); } catch (\AssertionError $e) { var_dump($e->getMessage()); }
var_dump(array_map('assert', [1, 2]));

var_dump(assert(false));
}
--EXPECTF--
string(1) "1"
string(1) "1"
string(1) "0"
string(0) ""

Deprecated: ini_set(): assert.exception INI setting is deprecated in %s on line 4
string(1) "1"

Warning: assert(): assert(false) failed in %s on line 5
bool(false)

Warning: assert(): descr failed in %s on line 6
bool(false)
string(1) "1"
bool(true)
bool(true)

Warning: zend.assertions may be completely enabled or disabled only in php.ini in %s on line 10
bool(false)
string(1) "0"
string(1) "0"

Warning: assert(): assert(0) failed in %s on line 13
bool(false)
string(1) "0"
string(1) "5"
string(0) ""
string(18) "ArgumentCountError"
string(45) "assert() expects at most 2 arguments, 3 given"
string(13) "assert(false)"
string(13) "assert(2 < 1)"
string(0) ""
string(0) ""
array(2) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
}

Fatal error: Uncaught AssertionError: assert(false) in %s:27
Stack trace:
#0 %s(27): assert(false, 'assert(false)')
#1 {main}
  thrown in %s on line 27
--EXPECT_EXIT--
255
