--TEST--
fopen modes r, r+, w, a, a+, c+ and the positions they start at
--FILE--
<?php
$p = tempnam(sys_get_temp_dir(), 'fo');
file_put_contents($p, "abc\ndef");
$f = fopen($p, 'a'); var_dump(ftell($f), fwrite($f, "XY"), ftell($f)); fclose($f);
$f = fopen($p, 'a+'); var_dump(ftell($f), fread($f, 3), fwrite($f, "Z"), ftell($f)); rewind($f); var_dump(fread($f, 100), feof($f)); fclose($f);
$f = fopen($p, 'rb'); var_dump(fread($f, 4), feof($f), fgets($f), feof($f), fgets($f), feof($f)); fclose($f);
$f = fopen($p, 'r+'); var_dump(fgets($f), fwrite($f, "__"), ftell($f), fgets($f)); fclose($f);
var_dump(file_get_contents($p));
$f = fopen($p, 'c+'); var_dump(fread($f, 3)); fclose($f);
$f = fopen($p, 'wt'); var_dump(filesize($p), fwrite($f, 'new')); fclose($f);
var_dump(file_get_contents($p));
unlink($p);
--EXPECT--
int(0)
int(2)
int(2)
int(0)
string(3) "abc"
int(1)
int(4)
string(10) "abc
defXYZ"
bool(true)
string(4) "abc
"
bool(false)
string(6) "defXYZ"
bool(true)
bool(false)
bool(true)
string(4) "abc
"
int(2)
int(6)
string(4) "fXYZ"
string(10) "abc
__fXYZ"
string(3) "abc"
int(0)
int(3)
string(3) "new"
