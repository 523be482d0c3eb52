--TEST--
fprintf and vfprintf write to streams and return the length
--FILE--
<?php
$n = fprintf(STDOUT, "%s-%05.1f\n", "out", 3.14159);
var_dump($n);
$f = tmpfile();
var_dump(fprintf($f, "%d items", 42), vfprintf($f, " and %s", ["more"]));
rewind($f);
var_dump(fread($f, 100));
try { fprintf("x", "y"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fprintf(STDOUT, "%s %s", "a"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { vfprintf(STDOUT, "%s %s", ["a"]); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
out-003.1
int(10)
int(8)
int(9)
string(17) "42 items and more"
fprintf(): Argument #1 ($stream) must be of type resource, string given
ArgumentCountError: 4 arguments are required, 3 given
ValueError: The arguments array must contain 2 items, 1 given
