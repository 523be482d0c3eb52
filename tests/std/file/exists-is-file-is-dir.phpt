--TEST--
file_exists, is_file, is_dir, is_readable, is_writable on files, directories and missing paths
--FILE--
<?php
$f = tempnam(sys_get_temp_dir(), 'mx');
$d = dirname($f);
foreach ([$f, $d, "$f-missing", '', "a\0b"] as $p) {
    var_dump(file_exists($p), is_file($p), is_dir($p), is_readable($p), is_writable($p), is_writeable($p));
}
unlink($f);
var_dump(file_exists($f));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
