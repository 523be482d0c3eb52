--TEST--
filter_var_array: filter ids, definition arrays, add_empty, options and default
--FILE--
<?php
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$data = ['id' => '42', 'email' => 'a@b.com', 'bad' => 'x', 'arr' => ['1', '2', 'z'], 'float' => '1,234.5', 'n' => null, 'b' => 'yes', 'obj' => new stdClass, 'num' => 7];
t(fn() => filter_var_array($data));
t(fn() => filter_var_array($data, FILTER_VALIDATE_INT));
t(fn() => filter_var_array($data, FILTER_VALIDATE_INT, false));
t(fn() => filter_var_array($data, [
  'id' => FILTER_VALIDATE_INT,
  'email' => FILTER_VALIDATE_EMAIL,
  'bad' => ['filter' => FILTER_VALIDATE_INT, 'options' => ['default' => -1]],
  'arr' => ['filter' => FILTER_VALIDATE_INT, 'flags' => FILTER_REQUIRE_ARRAY],
  'float' => ['filter' => FILTER_VALIDATE_FLOAT, 'flags' => FILTER_FLAG_ALLOW_THOUSAND],
  'missing' => FILTER_VALIDATE_INT,
  'n' => FILTER_VALIDATE_INT,
  'b' => ['filter' => FILTER_VALIDATE_BOOL, 'flags' => FILTER_NULL_ON_FAILURE],
  'obj' => FILTER_DEFAULT,
  'num' => ['filter' => FILTER_VALIDATE_INT, 'options' => ['min_range' => 10]],
]));
t(fn() => filter_var_array($data, ['arr' => FILTER_VALIDATE_INT, 'id' => ['flags' => FILTER_FORCE_ARRAY], 'missing' => []], false));
t(fn() => filter_var_array($data, ['arr' => ['filter' => FILTER_VALIDATE_INT, 'flags' => FILTER_FORCE_ARRAY]]));
t(fn() => filter_var_array($data, ['arr' => ['flags' => FILTER_REQUIRE_SCALAR]]));
t(fn() => filter_var_array($data, ['arr' => ['filter' => FILTER_VALIDATE_INT, 'flags' => FILTER_REQUIRE_ARRAY|FILTER_NULL_ON_FAILURE]]));
t(fn() => filter_var_array($data, ['id' => ['filter' => FILTER_VALIDATE_INT, 'flags' => FILTER_REQUIRE_ARRAY]]));
t(fn() => filter_var_array($data, ['id' => ['filter' => FILTER_VALIDATE_INT, 'options' => 5]]));
t(fn() => filter_var_array($data, ['id' => ['filter' => FILTER_VALIDATE_INT, 'options' => ['max_range' => 40, 'default' => 'big']]]));
t(fn() => filter_var_array($data, ['id' => ['filter' => 'x']]));
t(fn() => filter_var_array($data, ['id' => true]));
t(fn() => filter_var_array($data, ['id' => 1.9]));
t(fn() => filter_var_array($data, ['id' => '257']));
t(fn() => filter_var_array(['5' => 'x', 'a' => 'y'], ['5' => FILTER_DEFAULT]));
t(fn() => filter_var_array(['a' => 'y'], ['a' => FILTER_DEFAULT, 0 => FILTER_DEFAULT]));
t(fn() => filter_var_array(['a' => 'y'], [0 => FILTER_DEFAULT, 'a' => FILTER_DEFAULT]));
t(fn() => filter_var_array([], []));
t(fn() => filter_var_array(['a' => 1], [], false));
t(fn() => filter_var_array(['a' => 1], 0));
t(fn() => filter_var_array(['a' => 1], FILTER_CALLBACK));
t(fn() => filter_var_array(['a' => '1', 'b' => ['2']], FILTER_VALIDATE_INT));
t(fn() => filter_var_array(['a' => 'x'], ['a' => ['filter' => FILTER_VALIDATE_INT, 'flags' => FILTER_NULL_ON_FAILURE, 'options' => ['default' => 'D']]]));
t(fn() => filter_var(" 12 ", FILTER_VALIDATE_INT, ['filter' => FILTER_VALIDATE_BOOL]));
t(fn() => filter_var("yes", FILTER_VALIDATE_INT, ['filter' => FILTER_VALIDATE_BOOL]));
t(fn() => filter_var("yes", FILTER_VALIDATE_INT, ['filter' => 9999]));
t(fn() => filter_var("5", FILTER_VALIDATE_INT, ['flags' => 0]));
t(fn() => filter_var(["5"], FILTER_VALIDATE_INT, ['flags' => 0]));
t(fn() => filter_var(["5"], FILTER_VALIDATE_INT, 0));
t(fn() => filter_var("5", FILTER_VALIDATE_INT, ['options' => ['min_range' => new stdClass]]));
t(fn() => filter_var("5.5", FILTER_VALIDATE_FLOAT, ['options' => ['min_range' => new stdClass]]));
t(fn() => filter_var("5", FILTER_VALIDATE_INT, ['flags' => new stdClass]));
t(fn() => filter_var("5", FILTER_VALIDATE_INT, ['flags' => "abc"]));
t(fn() => filter_var("5", FILTER_VALIDATE_INT, ['options' => ['default' => 1], 'default' => 2]));
t(fn() => filter_var("", FILTER_DEFAULT, ['flags' => FILTER_FLAG_EMPTY_STRING_NULL, 'options' => ['default' => 'E']]));
t(fn() => filter_var("", FILTER_DEFAULT, ['flags' => FILTER_FLAG_EMPTY_STRING_NULL|FILTER_NULL_ON_FAILURE, 'options' => ['default' => 'E']]));
t(fn() => filter_var(false, FILTER_DEFAULT, ['options' => ['default' => 'E']]));
$d = 'ref'; $o = ['options' => ['default' => &$d]];
t(fn() => filter_var("x", FILTER_VALIDATE_INT, $o));
t(fn() => filter_var("7", FILTER_VALIDATE_INT, ['options' => ['min_range' => "5", 'max_range' => "6"]]));
t(fn() => filter_var("9223372036854775807", FILTER_VALIDATE_INT, ['options' => ['max_range' => 1e30]]));
t(fn() => filter_var("1", FILTER_VALIDATE_INT, ['options' => ['min_range' => NAN]]));
--EXPECTF--
array(9) {
  ["id"]=>
  string(2) "42"
  ["email"]=>
  string(7) "a@b.com"
  ["bad"]=>
  string(1) "x"
  ["arr"]=>
  array(3) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
    [2]=>
    string(1) "z"
  }
  ["float"]=>
  string(7) "1,234.5"
  ["n"]=>
  string(0) ""
  ["b"]=>
  string(3) "yes"
  ["obj"]=>
  bool(false)
  ["num"]=>
  string(1) "7"
}
array(9) {
  ["id"]=>
  int(42)
  ["email"]=>
  bool(false)
  ["bad"]=>
  bool(false)
  ["arr"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    bool(false)
  }
  ["float"]=>
  bool(false)
  ["n"]=>
  bool(false)
  ["b"]=>
  bool(false)
  ["obj"]=>
  bool(false)
  ["num"]=>
  int(7)
}
array(9) {
  ["id"]=>
  int(42)
  ["email"]=>
  bool(false)
  ["bad"]=>
  bool(false)
  ["arr"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    bool(false)
  }
  ["float"]=>
  bool(false)
  ["n"]=>
  bool(false)
  ["b"]=>
  bool(false)
  ["obj"]=>
  bool(false)
  ["num"]=>
  int(7)
}
array(10) {
  ["id"]=>
  int(42)
  ["email"]=>
  string(7) "a@b.com"
  ["bad"]=>
  int(-1)
  ["arr"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    bool(false)
  }
  ["float"]=>
  float(1234.5)
  ["missing"]=>
  NULL
  ["n"]=>
  bool(false)
  ["b"]=>
  bool(true)
  ["obj"]=>
  bool(false)
  ["num"]=>
  bool(false)
}
array(2) {
  ["arr"]=>
  bool(false)
  ["id"]=>
  array(1) {
    [0]=>
    string(2) "42"
  }
}
array(1) {
  ["arr"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    bool(false)
  }
}
array(1) {
  ["arr"]=>
  bool(false)
}
array(1) {
  ["arr"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    NULL
  }
}
array(1) {
  ["id"]=>
  bool(false)
}
array(1) {
  ["id"]=>
  int(42)
}
array(1) {
  ["id"]=>
  string(3) "big"
}
array(1) {
  ["id"]=>
  string(2) "42"
}
array(1) {
  ["id"]=>
  string(2) "42"
}
array(1) {
  ["id"]=>
  string(2) "42"
}
array(1) {
  ["id"]=>
  int(42)
}
TypeError: filter_var_array(): Argument #2 ($options) must contain only string keys
TypeError: filter_var_array(): Argument #2 ($options) must contain only string keys
TypeError: filter_var_array(): Argument #2 ($options) must contain only string keys
array(0) {
}
array(0) {
}

Warning: filter_var_array(): Unknown filter with ID 0 in %s on line 35
bool(false)
TypeError: filter_var_array(): Option must be a valid callback
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
}
array(1) {
  ["a"]=>
  string(1) "D"
}
bool(false)
bool(true)
string(3) "yes"
int(5)
bool(false)
bool(false)

Warning: Object of class stdClass could not be converted to int in %s on line 45
int(5)

Warning: Object of class stdClass could not be converted to float in %s on line 46
float(5.5)

Warning: Object of class stdClass could not be converted to int in %s on line 47
int(5)
int(5)
int(5)
NULL
string(1) "E"
string(0) ""
string(3) "ref"
bool(false)
bool(false)
int(1)
