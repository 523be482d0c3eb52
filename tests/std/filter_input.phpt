--TEST--
filter_input, filter_input_array, filter_has_var in the CLI
--FILE--
<?php
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => filter_has_var(INPUT_SERVER, 'PHP_SELF'));
t(fn() => filter_has_var(INPUT_SERVER, 'argv'));
t(fn() => filter_has_var(INPUT_SERVER, 'DOCUMENT_ROOT'));
t(fn() => filter_has_var(INPUT_ENV, 'PATH'));
t(fn() => filter_has_var(INPUT_ENV, 'NO_SUCH_VAR_X'));
t(fn() => filter_input(INPUT_SERVER, 'SCRIPT_NAME'));
t(fn() => filter_input(INPUT_SERVER, 'DOCUMENT_ROOT', FILTER_DEFAULT, FILTER_FLAG_EMPTY_STRING_NULL));
t(fn() => filter_input(INPUT_SERVER, 'SCRIPT_NAME', FILTER_VALIDATE_INT));
t(fn() => filter_input(INPUT_SERVER, 'SCRIPT_NAME', FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE));
t(fn() => filter_input(INPUT_SERVER, 'SCRIPT_NAME', FILTER_SANITIZE_NUMBER_INT, FILTER_FORCE_ARRAY));
t(fn() => filter_input(INPUT_SERVER, 'SCRIPT_NAME', FILTER_DEFAULT, FILTER_REQUIRE_ARRAY));
t(fn() => filter_input(INPUT_GET, 'a'));
t(fn() => filter_input(INPUT_GET, 'a', FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE));
t(fn() => filter_input(INPUT_GET, 'a', FILTER_VALIDATE_INT, ['flags' => FILTER_NULL_ON_FAILURE]));
t(fn() => filter_input(INPUT_GET, 'a', FILTER_VALIDATE_INT, ['options' => ['default' => 3]]));
t(fn() => filter_input(INPUT_GET, 'a', FILTER_VALIDATE_INT, ['options' => 5]));
t(fn() => filter_input(INPUT_POST, 'a', FILTER_VALIDATE_INT, ['flags' => FILTER_NULL_ON_FAILURE, 'options' => ['default' => null]]));
t(fn() => filter_input(INPUT_COOKIE, 'a', 9999));
t(fn() => filter_input(7, 'a'));
t(fn() => filter_input(-1, 'a', 9999));
t(fn() => filter_input_array(INPUT_GET));
t(fn() => filter_input_array(INPUT_POST, ['a' => FILTER_VALIDATE_INT]));
t(fn() => filter_input_array(INPUT_SERVER, ['PHP_SELF' => FILTER_DEFAULT, 'nope' => FILTER_VALIDATE_INT, 'DOCUMENT_ROOT' => ['flags' => FILTER_FLAG_EMPTY_STRING_NULL]]));
t(fn() => filter_input_array(INPUT_SERVER, ['PHP_SELF' => FILTER_DEFAULT, 'nope' => FILTER_VALIDATE_INT], false));
t(fn() => filter_input_array(INPUT_SERVER, FILTER_SANITIZE_ENCODED));
t(fn() => filter_input_array(INPUT_SERVER, [1 => FILTER_DEFAULT]));
t(fn() => filter_input_array(INPUT_SERVER, ['' => FILTER_DEFAULT]));
t(fn() => filter_input_array(9, 9999));
t(fn() => filter_input_array(9));
t(fn() => filter_input_array());
t(fn() => filter_has_var());
t(fn() => filter_has_var(INPUT_GET, 'a', 'b'));
--EXPECTF--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
string(16) "filter_input.php"
NULL
bool(false)
NULL
array(1) {
  [0]=>
  string(0) ""
}
bool(false)
NULL
bool(false)
bool(false)
int(3)
NULL
NULL

Warning: filter_input(): Unknown filter with ID 9999 in %s on line 20
bool(false)
ValueError: filter_input(): Argument #1 ($type) must be an INPUT_* constant

Warning: filter_input(): Unknown filter with ID 9999 in %s on line 22
bool(false)
NULL
NULL
array(3) {
  ["PHP_SELF"]=>
  string(16) "filter_input.php"
  ["nope"]=>
  NULL
  ["DOCUMENT_ROOT"]=>
  NULL
}
array(1) {
  ["PHP_SELF"]=>
  string(16) "filter_input.php"
}
array(5) {
  ["PHP_SELF"]=>
  string(16) "filter_input.php"
  ["SCRIPT_NAME"]=>
  string(16) "filter_input.php"
  ["SCRIPT_FILENAME"]=>
  string(16) "filter_input.php"
  ["PATH_TRANSLATED"]=>
  string(16) "filter_input.php"
  ["DOCUMENT_ROOT"]=>
  string(0) ""
}
TypeError: filter_input_array(): Argument #2 ($options) must contain only string keys
ValueError: filter_input_array(): Argument #2 ($options) cannot contain empty keys

Warning: filter_input_array(): Unknown filter with ID 9999 in %s on line 30
bool(false)
ValueError: filter_input_array(): Argument #1 ($type) must be an INPUT_* constant
ArgumentCountError: filter_input_array() expects at least 1 argument, 0 given
ArgumentCountError: filter_has_var() expects exactly 2 arguments, 0 given
ArgumentCountError: filter_has_var() expects exactly 2 arguments, 3 given
