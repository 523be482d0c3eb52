--TEST--
filter functions: argument errors, unknown filter ids
--FILE--
<?php
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => filter_var("1", "abc"));
t(fn() => filter_var("1", "257"));
t(fn() => filter_var("1", 257.0));
t(fn() => filter_var("1", 257.5));
t(fn() => filter_var("1", null));
t(fn() => filter_var("1", FILTER_VALIDATE_INT, null));
t(fn() => filter_var("1", FILTER_VALIDATE_INT, "x"));
t(fn() => filter_var("1", FILTER_VALIDATE_INT, "4"));
t(fn() => filter_var("1", FILTER_VALIDATE_INT, 1.5));
t(fn() => filter_var("1", FILTER_VALIDATE_INT, new stdClass));
t(fn() => filter_var("1", FILTER_VALIDATE_INT, true));
t(fn() => filter_var());
t(fn() => filter_var(1,2,3,4));
t(fn() => filter_var_array("x"));
t(fn() => filter_var_array([], "x"));
t(fn() => filter_var_array([], [], []));
t(fn() => filter_var_array(['a'=>1], [1=>FILTER_VALIDATE_INT]));
t(fn() => filter_var_array(['a'=>1], [''=>FILTER_VALIDATE_INT]));
t(fn() => filter_var_array(['a'=>1], 9999));
t(fn() => filter_var_array(['a'=>1], ['a'=>9999]));
t(fn() => filter_var_array(['a'=>1], ['a'=>['filter'=>9999]]));
t(fn() => filter_var_array(['a'=>'1'], ['a'=>['filter'=>"257"]]));
t(fn() => filter_var_array(['a'=>'1'], ['a'=>"257"]));
t(fn() => filter_var_array(['a'=>'1'], ['a'=>null]));
t(fn() => filter_var_array(['a'=>'1'], ['a'=>new stdClass]));
t(fn() => filter_list(1));
t(fn() => filter_id());
t(fn() => filter_id([]));
t(fn() => filter_id("int"));
t(fn() => filter_id("INT"));
t(fn() => filter_id("string"));
t(fn() => filter_id(""));
t(fn() => filter_id("int\0x"));
t(fn() => filter_has_var("x", "y"));
t(fn() => filter_has_var(INPUT_GET, []));
t(fn() => filter_input(INPUT_GET));
t(fn() => filter_var(1, 256));
t(fn() => filter_var("ab<", 260));
t(fn() => filter_var("ab<", 512));
t(fn() => filter_var("ab<", 521));
t(fn() => filter_var("ab<", 278));
t(fn() => filter_var("ab<", 524));
t(fn() => filter_var("ab<", 1023));
t(fn() => filter_var("ab<", -1));
t(fn() => filter_var("1", 257, "1.5"));
t(fn() => filter_var("1", 257, " 2"));
t(fn() => filter_var("1", 257, "1e3"));
t(fn() => filter_var("1", 257, "1e30"));
t(fn() => filter_var("1", 257, 1e30));
t(fn() => filter_var("1", 257, NAN));
t(fn() => filter_var("1", 257, []));
t(fn() => filter_var_array(["a" => "1"], "257"));
t(fn() => filter_var_array(["a" => "1"], 257.0));
t(fn() => filter_input_array(INPUT_GET, "abc"));
t(fn() => filter_input(INPUT_GET, "a", FILTER_DEFAULT, "x"));
--EXPECTF--
TypeError: filter_var(): Argument #2 ($filter) must be of type int, string given
int(1)
int(1)

Deprecated: Implicit conversion from float 257.5 to int loses precision in %s on line 6
int(1)

Deprecated: filter_var(): Passing null to parameter #2 ($filter) of type int is deprecated in %s on line 7

Warning: filter_var(): Unknown filter with ID 0 in %s on line 7
bool(false)

Deprecated: filter_var(): Passing null to parameter #3 ($options) of type array|int is deprecated in %s on line 8
int(1)
TypeError: filter_var(): Argument #3 ($options) must be of type array|int, string given
int(1)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 11
int(1)
TypeError: filter_var(): Argument #3 ($options) must be of type array|int, stdClass given
int(1)
ArgumentCountError: filter_var() expects at least 1 argument, 0 given
ArgumentCountError: filter_var() expects at most 3 arguments, 4 given
TypeError: filter_var_array(): Argument #1 ($array) must be of type array, string given
TypeError: filter_var_array(): Argument #2 ($options) must be of type array|int, string given
TypeError: filter_var_array(): Argument #3 ($add_empty) must be of type bool, array given
TypeError: filter_var_array(): Argument #2 ($options) must contain only string keys
ValueError: filter_var_array(): Argument #2 ($options) cannot contain empty keys

Warning: filter_var_array(): Unknown filter with ID 9999 in %s on line 21
bool(false)
array(1) {
  ["a"]=>
  string(1) "1"
}
array(1) {
  ["a"]=>
  string(1) "1"
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["a"]=>
  string(1) "1"
}

Warning: Object of class stdClass could not be converted to int in %s on line 27
array(1) {
  ["a"]=>
  string(1) "1"
}
ArgumentCountError: filter_list() expects exactly 0 arguments, 1 given
ArgumentCountError: filter_id() expects exactly 1 argument, 0 given
TypeError: filter_id(): Argument #1 ($name) must be of type string, array given
int(257)
bool(false)
int(513)
bool(false)
int(257)
TypeError: filter_has_var(): Argument #1 ($input_type) must be of type int, string given
TypeError: filter_has_var(): Argument #2 ($var_name) must be of type string, array given
ArgumentCountError: filter_input() expects at least 2 arguments, 1 given
string(1) "1"
string(3) "ab<"
string(3) "ab<"
string(3) "ab<"

Warning: filter_var(): Unknown filter with ID 278 in %s on line 43
bool(false)

Warning: filter_var(): Unknown filter with ID 524 in %s on line 44
bool(false)

Warning: filter_var(): Unknown filter with ID 1023 in %s on line 45
bool(false)

Warning: filter_var(): Unknown filter with ID -1 in %s on line 46
bool(false)

Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 47
int(1)
int(1)
int(1)
TypeError: filter_var(): Argument #3 ($options) must be of type array|int, string given
TypeError: filter_var(): Argument #3 ($options) must be of type array|int, float given
TypeError: filter_var(): Argument #3 ($options) must be of type array|int, float given
int(1)
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  ["a"]=>
  int(1)
}
TypeError: filter_input_array(): Argument #2 ($options) must be of type array|int, string given
TypeError: filter_input(): Argument #4 ($options) must be of type array|int, string given
