--TEST--
fstat keys and size of a file
--FILE--
<?php
$p = __DIR__ . '/stat.txt';
file_put_contents($p, "12345");
$f = fopen($p, 'r');
$s = fstat($f);
var_dump(count($s), array_slice(array_keys($s), 13), $s['size'], $s[7], $s['mtime'] === filemtime($p), ($s['mode'] & 0170000) === 0100000);
$st = stat($p);
var_dump($st['size'], $st['ino'] === $s['ino']);
$m = fopen('php://memory', 'w+'); fwrite($m, 'abc');
var_dump(fstat($m)['size']);
fclose($f);
unlink($p);
var_dump(stat($p));
--EXPECTF--
int(26)
array(13) {
  [0]=>
  string(3) "dev"
  [1]=>
  string(3) "ino"
  [2]=>
  string(4) "mode"
  [3]=>
  string(5) "nlink"
  [4]=>
  string(3) "uid"
  [5]=>
  string(3) "gid"
  [6]=>
  string(4) "rdev"
  [7]=>
  string(4) "size"
  [8]=>
  string(5) "atime"
  [9]=>
  string(5) "mtime"
  [10]=>
  string(5) "ctime"
  [11]=>
  string(7) "blksize"
  [12]=>
  string(6) "blocks"
}
int(5)
int(5)
bool(true)
bool(true)
int(5)
bool(true)
int(3)

Warning: stat(): stat failed for %s/stat.txt in %s on line 13
bool(false)
