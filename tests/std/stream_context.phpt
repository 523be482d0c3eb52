--TEST--
stream contexts: options, params, the default context, PHP's errors
--FILE--
<?php
$c = stream_context_create();
var_dump(stream_context_get_options($c), stream_context_get_params($c));
try { stream_context_create(['http' => 'x']); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(stream_context_set_option($c, ['ssl' => ['verify_peer' => false]]), stream_context_get_options($c));
var_dump(stream_context_set_option($c, 'ssl', 'verify_peer', true), stream_context_get_options($c));
try { stream_context_set_option($c, 'ssl'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { stream_context_set_option($c, 'ssl', 'x'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { stream_context_set_option($c, ['a' => []], 'x'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(stream_context_set_params($c, ['notification' => 'strlen', 'options' => ['http' => ['a' => 1]]]), stream_context_get_params($c));
$d = stream_context_get_default(['http' => ['user_agent' => 'me']]);
var_dump(stream_context_get_options($d), stream_context_get_options(stream_context_set_default(['ftp' => ['x' => 1]])));
$f = fopen('php://memory', 'r');
var_dump(stream_context_get_options($f));
try { stream_context_get_options(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_get_line(STDIN, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { stream_set_chunk_size($f, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(stream_set_chunk_size($f, 100), stream_set_chunk_size($f, 200));
var_dump(stream_supports_lock($f), stream_supports_lock(STDIN), stream_is_local($f), stream_is_local('php://memory'), stream_is_local('file:///x'), stream_is_local('HTTPS://x'));
var_dump(stream_resolve_include_path('nonexistent_zz'));
var_dump(stream_set_blocking($f, false), stream_set_write_buffer(STDOUT, 0), stream_set_read_buffer($f, 0));
$g = fopen(__FILE__, 'r');
var_dump(stream_set_blocking($g, false), stream_set_write_buffer($g, 10), stream_set_read_buffer($g, 0), stream_set_timeout($g, 1));
--EXPECTF--
array(0) {
}
array(1) {
  ["options"]=>
  array(0) {
  }
}
Options should have the form ["wrappername"]["optionname"] = $value

Deprecated: Calling stream_context_set_option() with 2 arguments is deprecated, use stream_context_set_options() instead in %s on line 5
bool(true)
array(1) {
  ["ssl"]=>
  array(1) {
    ["verify_peer"]=>
    bool(false)
  }
}
bool(true)
array(1) {
  ["ssl"]=>
  array(1) {
    ["verify_peer"]=>
    bool(true)
  }
}

Deprecated: Calling stream_context_set_option() with 2 arguments is deprecated, use stream_context_set_options() instead in %s on line 7
ValueError: stream_context_set_option(): Argument #3 ($option_name) cannot be null when argument #2 ($wrapper_or_options) is a string
ValueError: stream_context_set_option(): Argument #4 ($value) must be provided when argument #2 ($wrapper_or_options) is a string
ValueError: stream_context_set_option(): Argument #3 ($option_name) must be null when argument #2 ($wrapper_or_options) is an array
bool(true)
array(2) {
  ["notification"]=>
  string(6) "strlen"
  ["options"]=>
  array(2) {
    ["ssl"]=>
    array(1) {
      ["verify_peer"]=>
      bool(true)
    }
    ["http"]=>
    array(1) {
      ["a"]=>
      int(1)
    }
  }
}
array(1) {
  ["http"]=>
  array(1) {
    ["user_agent"]=>
    string(2) "me"
  }
}
array(2) {
  ["http"]=>
  array(1) {
    ["user_agent"]=>
    string(2) "me"
  }
  ["ftp"]=>
  array(1) {
    ["x"]=>
    int(1)
  }
}
array(0) {
}
stream_context_get_options(): Argument #1 ($stream_or_context) must be of type resource, int given
stream_get_line(): Argument #2 ($length) must be greater than or equal to 0
stream_set_chunk_size(): Argument #2 ($size) must be greater than 0
int(8192)
int(100)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
int(0)
int(0)
bool(true)
int(-1)
int(0)
bool(false)
