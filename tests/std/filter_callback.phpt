--TEST--
filter_var FILTER_CALLBACK: callables, arrays, flags, invalid callbacks
--FILE--
<?php
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => 'strtoupper']));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => fn($s) => [$s, gettype($s)]]));
t(fn() => filter_var(123, FILTER_CALLBACK, ['options' => fn($s) => var_export($s, true)]));
t(fn() => filter_var(["a", ["b", "c"]], FILTER_CALLBACK, ['options' => 'strtoupper']));
t(fn() => filter_var(["a"], FILTER_CALLBACK, ['options' => 'strtoupper', 'flags' => FILTER_REQUIRE_SCALAR]));
t(fn() => filter_var(["a"], FILTER_CALLBACK, ['flags' => FILTER_REQUIRE_SCALAR, 'options' => 'strtoupper']));
t(fn() => filter_var("a", FILTER_CALLBACK, ['options' => 'strtoupper', 'flags' => FILTER_FORCE_ARRAY]));
t(fn() => filter_var("abc", FILTER_CALLBACK));
t(fn() => filter_var("abc", FILTER_CALLBACK, 0));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => 'nope']));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => [1, 2]]));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => fn($s) => false, 'default' => 5]));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => fn($s) => false]));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => fn($s) => null, 'flags' => FILTER_NULL_ON_FAILURE]));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => function($s) { throw new Exception("boom $s"); }]));
t(fn() => filter_var(["x", "y"], FILTER_CALLBACK, ['options' => function($s) { echo "cb($s)\n"; if ($s == "x") throw new Exception("boom $s"); return $s; }]));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => fn() => "noargs"]));
class C { static function up($s) { return "C:" . $s; } function m($s) { return "m:" . $s; } }
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => 'C::up']));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => [new C, 'm']]));
t(fn() => filter_var("abc", FILTER_CALLBACK, ['options' => ['C', 'up']]));
t(fn() => filter_var_array(['a' => 'x', 'b' => 'y'], ['a' => ['filter' => FILTER_CALLBACK, 'options' => 'strrev'], 'b' => ['filter' => FILTER_CALLBACK]]));
t(fn() => filter_var(new C, FILTER_CALLBACK, ['options' => 'strtoupper']));
t(fn() => filter_var(1.5, FILTER_CALLBACK, ['options' => 'strval']));
t(fn() => filter_var(null, FILTER_CALLBACK, ['options' => 'var_export']));
--EXPECT--
string(3) "ABC"
array(2) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(6) "string"
}
string(5) "'123'"
array(2) {
  [0]=>
  string(1) "A"
  [1]=>
  array(2) {
    [0]=>
    string(1) "B"
    [1]=>
    string(1) "C"
  }
}
bool(false)
bool(false)
array(1) {
  [0]=>
  string(1) "A"
}
TypeError: filter_var(): Option must be a valid callback
TypeError: filter_var(): Option must be a valid callback
TypeError: filter_var(): Option must be a valid callback
TypeError: filter_var(): Option must be a valid callback
bool(false)
bool(false)
NULL
Exception: boom abc
cb(x)
Exception: boom x
string(6) "noargs"
string(5) "C:abc"
string(5) "m:abc"
string(5) "C:abc"
TypeError: filter_var_array(): Option must be a valid callback
bool(false)
string(3) "1.5"
''NULL
