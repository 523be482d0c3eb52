--TEST--
stream_get_meta_data, stream_get_line, stream_copy_to_stream, stream_is_local, stream_get_wrappers
--FILE--
<?php
$t = sys_get_temp_dir() . '/memphis_sm_' . getmypid();
file_put_contents($t, "line1\nline2\nline3");
$f = fopen($t, 'r');
$md = stream_get_meta_data($f); var_dump($md["uri"] === $t); $md["uri"] = "X"; var_dump($md);
fgets($f); fread($f, 100);
var_dump(stream_get_meta_data($f)['eof'], feof($f));
$m = fopen('php://memory', 'w+'); var_dump(stream_get_meta_data($m));
$tm = fopen('php://temp', 'r+'); var_dump(stream_get_meta_data($tm));
$sd = stream_get_meta_data(STDIN); unset($sd["seekable"]); var_dump($sd);
var_dump(stream_isatty($f), stream_isatty(STDERR) === posix_isatty_fallback());
function posix_isatty_fallback() { return stream_isatty(STDERR); }
$g = fopen($t, 'r');
var_dump(stream_get_line($g, 100, "\n"), stream_get_line($g, 3, "\n"), stream_get_line($g, 100, "\n"), stream_get_line($g, 100, "\n"), stream_get_line($g, 100, "\n"));
rewind($g); $out = fopen('php://memory', 'w+');
var_dump(stream_copy_to_stream($g, $out), stream_copy_to_stream($g, $out), rewind($g), stream_copy_to_stream($g, $out, 4, 2));
rewind($out); var_dump(stream_get_contents($out));
var_dump(stream_set_blocking($f, true), stream_set_write_buffer($out, 0), stream_set_timeout($f, 5));
var_dump(stream_is_local($f), stream_is_local('http://x'), stream_is_local('/tmp'));
var_dump(stream_get_wrappers());
$c = stream_context_create(['http' => ['method' => 'POST']], ['notification' => null]);
var_dump($c, stream_context_get_options($c), stream_context_set_option($c, 'http', 'header', 'X: y'), stream_context_get_options($c), stream_context_get_params($c));
var_dump(file_get_contents($t, false, $c));
var_dump(stream_context_get_default() === stream_context_get_default(), stream_context_get_options(stream_context_get_default()));
unlink($t);
--EXPECT--
bool(true)
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(9) "plainfile"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(1) "r"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(1) "X"
}
bool(true)
bool(true)
array(9) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(6) "MEMORY"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(12) "php://memory"
}
array(6) {
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(4) "TEMP"
  ["mode"]=>
  string(3) "w+b"
  ["unread_bytes"]=>
  int(0)
  ["seekable"]=>
  bool(true)
  ["uri"]=>
  string(10) "php://temp"
}
array(8) {
  ["timed_out"]=>
  bool(false)
  ["blocked"]=>
  bool(true)
  ["eof"]=>
  bool(false)
  ["wrapper_type"]=>
  string(3) "PHP"
  ["stream_type"]=>
  string(5) "STDIO"
  ["mode"]=>
  string(2) "rb"
  ["unread_bytes"]=>
  int(0)
  ["uri"]=>
  string(11) "php://stdin"
}
bool(false)
bool(true)
string(5) "line1"
string(3) "lin"
string(2) "e2"
string(5) "line3"
bool(false)
int(17)
int(0)
bool(true)
int(4)
string(21) "line1
line2
line3ne1
"
bool(true)
int(-1)
bool(false)
bool(true)
bool(false)
bool(true)
array(9) {
  [0]=>
  string(5) "https"
  [1]=>
  string(4) "ftps"
  [2]=>
  string(13) "compress.zlib"
  [3]=>
  string(3) "php"
  [4]=>
  string(4) "file"
  [5]=>
  string(4) "glob"
  [6]=>
  string(4) "data"
  [7]=>
  string(4) "http"
  [8]=>
  string(3) "ftp"
}
resource(12) of type (stream-context)
array(1) {
  ["http"]=>
  array(1) {
    ["method"]=>
    string(4) "POST"
  }
}
bool(true)
array(1) {
  ["http"]=>
  array(2) {
    ["method"]=>
    string(4) "POST"
    ["header"]=>
    string(4) "X: y"
  }
}
array(2) {
  ["notification"]=>
  NULL
  ["options"]=>
  array(1) {
    ["http"]=>
    array(2) {
      ["method"]=>
      string(4) "POST"
      ["header"]=>
      string(4) "X: y"
    }
  }
}
string(17) "line1
line2
line3"
bool(true)
array(0) {
}
