--TEST--
get_included_files and get_required_files list each file once, the script first
--FILE--
<?php
$d = sys_get_temp_dir() . '/memphis_gi_' . getmypid(); @mkdir($d);
file_put_contents("$d/a.php", '<?php $x = 1;');
file_put_contents("$d/b.php", '<?php include __DIR__ . "/a.php";');
include "$d/a.php"; require_once "$d/../" . basename($d) . "/a.php"; include "$d/b.php";
$f = get_included_files();
var_dump(count($f), basename($f[0]), basename($f[1]), basename($f[2]), $f === get_required_files());
unlink("$d/a.php"); unlink("$d/b.php"); rmdir($d);
--EXPECT--
int(3)
string(22) "get-included-files.php"
string(5) "a.php"
string(5) "b.php"
bool(true)
