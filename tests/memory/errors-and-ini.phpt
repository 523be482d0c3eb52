--TEST--
Memory of errors and ini changes: PHP's table of modified directives, the last error's message, error_get_last
--FILE--
<?php
// Memory of errors and ini changes: the first `@` or ini_set() makes PHP's table of modified
// directives (376 bytes, kept), which doubles past 8 directives; the last error's message is
// kept (the string trigger_error was given, or the engine's formatted message) until the next
// error or error_clear_last(); error_get_last() builds an array sharing it.
function m() { return memory_get_usage(); }
$m0 = m(); @$u1; echo "first silenced warning: ", m() - $m0, "\n";
$m0 = m(); @$u2; echo "same-length warning: ", m() - $m0, "\n";
$m0 = m(); @$longer_variable_name_here; echo "longer warning: ", m() - $m0, "\n";
$m0 = m(); @trigger_error("abc"); echo "trigger_error literal: ", m() - $m0, "\n";
$m0 = m(); @trigger_error(str_repeat("x", 100)); echo "trigger_error 100: ", m() - $m0, "\n";
$m0 = m(); @trigger_error(str_repeat("x", 1000)); echo "trigger_error 1000: ", m() - $m0, "\n";
$m0 = m(); error_clear_last(); echo "error_clear_last: ", m() - $m0, "\n";
$m0 = m(); @$x[5]; echo "undefined variable again: ", m() - $m0, "\n";
$m0 = m(); $e = error_get_last(); echo "error_get_last: ", m() - $m0, "\n";
$m0 = m(); $e2 = error_get_last(); echo "error_get_last again: ", m() - $m0, "\n"; unset($e, $e2);
$m0 = m(); $s = "dyn" . rand(1, 1); @trigger_error($s); echo "trigger_error shares its string: ", m() - $m0, "\n";
$m0 = m(); ini_set('precision', '10'); echo "ini_set: ", m() - $m0, "\n";
$m0 = m(); foreach (['serialize_precision', 'display_errors', 'html_errors', 'log_errors', 'error_log', 'date.timezone', 'default_charset', 'memory_limit', 'max_execution_time', 'zend.enable_gc', 'arg_separator.output'] as $k) ini_set($k, ini_get($k)); echo "more directives than the table holds: ", m() - $m0, "\n";
$m0 = m(); ini_restore('precision'); echo "ini_restore: ", m() - $m0, "\n";
var_dump(ini_get('precision'));
--EXPECT--
first silenced warning: 464
same-length warning: 0
longer warning: 24
trigger_error literal: -80
trigger_error 100: 160
trigger_error 1000: 1120
error_clear_last: -1280
undefined variable again: 80
error_get_last: 376
error_get_last again: 376
trigger_error shares its string: -48
ini_set: 0
more directives than the table holds: 320
ini_restore: 0
string(2) "14"
