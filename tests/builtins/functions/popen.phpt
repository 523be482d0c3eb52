--TEST--
popen and pclose: reading a command's output, writing its input, exit statuses, PHP's mode error
--FILE--
<?php
$p = popen('echo hello; echo world', 'r'); var_dump(get_resource_type($p));
while (($l = fgets($p)) !== false) echo "got: $l";
var_dump(feof($p), pclose($p));
$p = popen('exit 3', 'r'); var_dump(fread($p, 10), pclose($p));
$p = popen('cat > /dev/null; exit 0', 'w'); var_dump(fwrite($p, "data\n"), pclose($p));
$p = popen('cat; exit 2', 'r'); var_dump(fwrite($p, "x"));
var_dump(pclose($p));
try { popen('echo', 'x'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$p = popen('echo abc', 'rb'); echo stream_get_contents($p); var_dump(pclose($p));
$p = popen('printf "a\nb\n"', 'r'); var_dump(fgetcsv($p, null, ",", "\"", "")); pclose($p);
--EXPECTF--
string(6) "stream"
got: hello
got: world
bool(true)
int(0)
string(0) ""
int(3)
int(5)
int(0)

Notice: fwrite(): Write of 1 bytes failed with errno=9 Bad file descriptor in %s on line 7
bool(false)
int(2)
ValueError: popen(): Argument #2 ($mode) must be one of "r", "rb", "w", or "wb"
abc
int(0)
array(1) {
  [0]=>
  string(1) "a"
}
