--TEST--
filter functions: argument errors under strict_types
--FILE--
<?php
declare(strict_types=1);
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => filter_var("1", FILTER_VALIDATE_INT, "4"));
t(fn() => filter_var("1", FILTER_VALIDATE_INT, 1.0));
t(fn() => filter_var("1", FILTER_VALIDATE_INT, null));
t(fn() => filter_var("1", "257"));
t(fn() => filter_var(1, FILTER_VALIDATE_INT));
t(fn() => filter_var_array([], FILTER_DEFAULT, 1));
t(fn() => filter_id(5));
t(fn() => filter_has_var(INPUT_GET, 5));
t(fn() => filter_input(INPUT_GET, "x", FILTER_DEFAULT, true));
--EXPECT--
TypeError: filter_var(): Argument #3 ($options) must be of type array|int, string given
TypeError: filter_var(): Argument #3 ($options) must be of type array|int, float given
TypeError: filter_var(): Argument #3 ($options) must be of type array|int, null given
TypeError: filter_var(): Argument #2 ($filter) must be of type int, string given
int(1)
TypeError: filter_var_array(): Argument #3 ($add_empty) must be of type bool, int given
TypeError: filter_id(): Argument #1 ($name) must be of type string, int given
TypeError: filter_has_var(): Argument #2 ($var_name) must be of type string, int given
TypeError: filter_input(): Argument #4 ($options) must be of type array|int, true given
