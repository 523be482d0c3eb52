--TEST--
glob with *, ?, [], GLOB_MARK, GLOB_ONLYDIR, GLOB_BRACE and no matches
--FILE--
<?php
$d = __DIR__ . '/gl-dir';
mkdir($d);
foreach (['a.txt', 'b.txt', 'c.php', 'ab.txt', '.hid.txt'] as $n) touch("$d/$n");
mkdir("$d/sub");
touch("$d/sub/x.txt");
$strip = fn($a) => array_map(fn($p) => substr($p, strlen($d) + 1), $a);
var_dump($strip(glob("$d/*.txt")));
var_dump($strip(glob("$d/?.txt")));
var_dump($strip(glob("$d/[ab]*")));
var_dump($strip(glob("$d/*", GLOB_MARK)));
var_dump($strip(glob("$d/*", GLOB_ONLYDIR)));
var_dump($strip(glob("$d/*/*.txt")));
var_dump($strip(glob("$d/{c,a}.*", GLOB_BRACE)));
var_dump(glob("$d/*.none"), $strip(glob("$d/a.txt")), glob("$d/zzz"));
$old = getcwd(); chdir($d);
var_dump(glob('*.php'), glob('sub/*'));
chdir($old);
foreach (['a.txt', 'b.txt', 'c.php', 'ab.txt', '.hid.txt', 'sub/x.txt'] as $n) unlink("$d/$n");
rmdir("$d/sub"); rmdir($d);
--EXPECT--
array(3) {
  [0]=>
  string(5) "a.txt"
  [1]=>
  string(6) "ab.txt"
  [2]=>
  string(5) "b.txt"
}
array(2) {
  [0]=>
  string(5) "a.txt"
  [1]=>
  string(5) "b.txt"
}
array(3) {
  [0]=>
  string(5) "a.txt"
  [1]=>
  string(6) "ab.txt"
  [2]=>
  string(5) "b.txt"
}
array(5) {
  [0]=>
  string(5) "a.txt"
  [1]=>
  string(6) "ab.txt"
  [2]=>
  string(5) "b.txt"
  [3]=>
  string(5) "c.php"
  [4]=>
  string(4) "sub/"
}
array(1) {
  [0]=>
  string(3) "sub"
}
array(1) {
  [0]=>
  string(9) "sub/x.txt"
}
array(2) {
  [0]=>
  string(5) "c.php"
  [1]=>
  string(5) "a.txt"
}
array(0) {
}
array(1) {
  [0]=>
  string(5) "a.txt"
}
array(0) {
}
array(1) {
  [0]=>
  string(5) "c.php"
}
array(1) {
  [0]=>
  string(9) "sub/x.txt"
}
