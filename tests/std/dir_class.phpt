--TEST--
dir() and the Directory class: read, rewind, close, readonly path and handle, PHP's errors
--FILE--
<?php
$base = sys_get_temp_dir() . '/memphis_dirc_' . getmypid();
@mkdir($base); touch("$base/a"); touch("$base/b");
$d = dir($base);
var_dump(get_class($d), $d->path === $base, is_resource($d->handle));
$names = []; while (false !== ($e = $d->read())) { $names[] = $e; } sort($names); var_dump($names);
$d->rewind(); var_dump($d->read() !== false);
$d->close();
try { $d->read(); } catch (Throwable $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
var_dump(@dir('/nonexistent/zz'));
var_dump(dir('/nonexistent/zz'));
try { $d->path = 'x'; } catch (Error $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
try { new Directory(); } catch (Error $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
$x = new Directory(); 
try { $x->read(); } catch (Error $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
unlink("$base/a"); unlink("$base/b"); rmdir($base);
$d2 = dir(sys_get_temp_dir());
var_dump($d2);
$d2->close();
var_dump(memory_get_usage() > 0);
--EXPECTF--
string(9) "Directory"
bool(true)
bool(true)
array(4) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(1) "a"
  [3]=>
  string(1) "b"
}
bool(true)
TypeError: Directory::read(): supplied resource is not a valid Directory resource
bool(false)

Warning: dir(/nonexistent/zz): Failed to open directory: No such file or directory in %s on line 11
bool(false)
Error: Cannot modify readonly property Directory::$path
Error: Unable to find my handle property
object(Directory)#3 (2) {
  ["path"]=>
  string(4) "/tmp"
  ["handle"]=>
  resource(6) of type (stream)
}
bool(true)
