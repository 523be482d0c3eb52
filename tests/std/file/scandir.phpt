--TEST--
scandir sorting orders and a missing directory
--FILE--
<?php
$d = __DIR__ . '/sd-dir';
mkdir($d);
foreach (['b', 'a', 'C', '.hidden', '10', '9'] as $n) touch("$d/$n");
mkdir("$d/sub");
var_dump(scandir($d));
var_dump(scandir($d, SCANDIR_SORT_DESCENDING));
var_dump(count(scandir($d, SCANDIR_SORT_NONE)));
var_dump(scandir("$d/missing"));
foreach (scandir($d) as $n) if ($n[0] !== '.' || $n === '.hidden') { is_dir("$d/$n") ? rmdir("$d/$n") : unlink("$d/$n"); }
rmdir($d);
try { scandir(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
array(9) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(7) ".hidden"
  [3]=>
  string(2) "10"
  [4]=>
  string(1) "9"
  [5]=>
  string(1) "C"
  [6]=>
  string(1) "a"
  [7]=>
  string(1) "b"
  [8]=>
  string(3) "sub"
}
array(9) {
  [0]=>
  string(3) "sub"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "a"
  [3]=>
  string(1) "C"
  [4]=>
  string(1) "9"
  [5]=>
  string(2) "10"
  [6]=>
  string(7) ".hidden"
  [7]=>
  string(2) ".."
  [8]=>
  string(1) "."
}
int(9)

Warning: scandir(%s/sd-dir/missing): Failed to open directory: No such file or directory in %s on line 9

Warning: scandir(): (errno 2): No such file or directory in %s on line 9
bool(false)
scandir(): Argument #1 ($directory) must not be empty
