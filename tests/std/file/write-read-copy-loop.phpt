--TEST--
copying a file line by line through two streams
--FILE--
<?php
$src = tempnam(sys_get_temp_dir(), 'src');
$dst = tempnam(sys_get_temp_dir(), 'dst');
$lines = [];
for ($i = 1; $i <= 2000; $i++) $lines[] = "line $i " . str_repeat('.', $i % 17);
file_put_contents($src, implode("\n", $lines) . "\n");
$in = fopen($src, 'r');
$out = fopen($dst, 'w');
$n = 0;
while (($l = fgets($in)) !== false) { fwrite($out, strtoupper($l)); $n++; }
fclose($in); fclose($out);
var_dump($n, filesize($src) === filesize($dst), md5(strtoupper(file_get_contents($src))) === md5(file_get_contents($dst)));
var_dump(count(file($dst)), file($dst, FILE_IGNORE_NEW_LINES)[1999]);
unlink($src); unlink($dst);
--EXPECT--
int(2000)
bool(true)
bool(true)
int(2000)
string(21) "LINE 2000 ..........."
