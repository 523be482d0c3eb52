--TEST--
opendir, readdir, rewinddir, closedir: entries, the default handle, PHP's errors, and a directory stream's memory
--FILE--
<?php
$base = sys_get_temp_dir() . '/memphis_od_' . getmypid();
@mkdir($base); @mkdir("$base/sub"); foreach (['a', 'b', 'c'] as $f) touch("$base/$f");
try { var_dump(readdir()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$d = opendir($base);
var_dump(is_resource($d), get_resource_type($d));
$names = []; while (($n = readdir($d)) !== false) $names[] = $n; sort($names); print_r($names);
var_dump(readdir($d));
rewinddir($d);
$c = 0; while (readdir() !== false) $c++; echo "again $c\n";
closedir($d);
try { var_dump(readdir($d)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { closedir(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(@opendir('/nonexistent/dir'));
var_dump(opendir('/nonexistent/dir'));
$f = fopen(__FILE__, 'r');
try { var_dump(readdir($f)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(is_resource($d), get_resource_type($d));
$d2 = opendir($base); readdir($d2); closedir();
try { readdir(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach (['a', 'b', 'c'] as $f) unlink("$base/$f"); rmdir("$base/sub"); rmdir($base);
// The first stream a script opens also makes PHP's default stream context, and PHP's resource
// list grows as resources are numbered: neither is measured here.
closedir(opendir(sys_get_temp_dir()));
$m0 = memory_get_usage(); $d = opendir(sys_get_temp_dir()); $m1 = memory_get_usage(); closedir($d); $m2 = memory_get_usage(); unset($d); $m3 = memory_get_usage();
echo $m1 - $m0, " ", $m2 - $m0, " ", $m3 - $m0, "\n";
--EXPECTF--
TypeError: No resource supplied
bool(true)
string(6) "stream"
Array
(
    [0] => .
    [1] => ..
    [2] => a
    [3] => b
    [4] => c
    [5] => sub
)
bool(false)
again 6
TypeError: readdir(): supplied resource is not a valid Directory resource
TypeError: No resource supplied
bool(false)

Warning: opendir(/nonexistent/dir): Failed to open directory: No such file or directory in %s on line 15
bool(false)
TypeError: readdir(): Argument #1 ($dir_handle) must be a valid Directory resource
bool(false)
string(7) "Unknown"
TypeError: No resource supplied
224 0 -32
