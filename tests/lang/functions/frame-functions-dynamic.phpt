--TEST--
compact, extract, get_defined_vars, func_get_args, func_num_args, func_get_arg: they exist, are callable, and called dynamically throw PHP's Error
--FILE--
<?php
function t($a = 5) { $x = 1;
foreach (['compact', 'extract', 'get_defined_vars', 'func_get_args', 'func_num_args', 'func_get_arg'] as $f) {
  try { $r = $f(...($f == 'compact' ? ['x'] : ($f == 'extract' ? [['y' => 2]] : ($f == 'func_get_arg' ? [0] : [])))); echo "$f: "; var_dump($r); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
  try { $r = call_user_func($f, ...($f == 'compact' ? ['x'] : ($f == 'extract' ? [['y' => 2]] : ($f == 'func_get_arg' ? [0] : [])))); echo "cuf $f: "; var_dump($r); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}}
t(7);
foreach (['compact', 'extract', 'func_num_args', 'func_get_args', 'func_get_arg', 'get_defined_vars', 'array_key_exists', 'strlen', 'count', 'is_callable', 'call_user_func', 'define', 'constant', 'defined', 'gettype', 'settype', 'var_dump', 'unset', 'isset', 'empty', 'echo', 'print', 'eval', 'list', 'array', 'include', 'gc_collect_cycles', 'memory_get_usage', 'ord', 'chr', 'in_array', 'get_class', 'get_called_class', 'is_int', 'intval', 'boolval', 'sprintf', 'printf', 'array_slice', 'spl_autoload_register', 'class_exists', 'iterator_to_array', 'ini_get', 'error_reporting', 'trigger_error', 'user_error', 'set_error_handler', 'debug_backtrace', 'func_overload'] as $f) {
  if (!function_exists($f)) echo "$f: no\n";
}
var_dump(is_callable('compact'), is_callable('func_num_args'));
--EXPECT--
Error: Cannot call compact() dynamically
Error: Cannot call compact() dynamically
Error: Cannot call extract() dynamically
Error: Cannot call extract() dynamically
Error: Cannot call get_defined_vars() dynamically
Error: Cannot call get_defined_vars() dynamically
Error: Cannot call func_get_args() dynamically
Error: Cannot call func_get_args() dynamically
Error: Cannot call func_num_args() dynamically
Error: Cannot call func_num_args() dynamically
Error: Cannot call func_get_arg() dynamically
Error: Cannot call func_get_arg() dynamically
unset: no
isset: no
empty: no
echo: no
print: no
eval: no
list: no
array: no
include: no
func_overload: no
bool(true)
bool(true)
