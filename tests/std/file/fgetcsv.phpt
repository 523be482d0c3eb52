--TEST--
fgetcsv reads records, including enclosed fields spanning lines, blank lines and eof
--FILE--
<?php
$m = fopen('php://memory', 'w+');
fwrite($m, "a,b,c\n\"multi\nline\",\"q\"\"uote\",x\n\n  \"sp\" ,tail\r\nlast,\"unterminated\nrest");
rewind($m);
while (($row = fgetcsv($m, null, ',', '"', '\\')) !== false) var_dump($row);
var_dump(feof($m));
rewind($m);
var_dump(fgetcsv($m));
$m2 = fopen('php://memory', 'w+');
fwrite($m2, "x;'y;z';w\n");
rewind($m2);
var_dump(fgetcsv($m2, 0, ';', "'", ''));
--EXPECTF--
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(10) "multi
line"
  [1]=>
  string(6) "q"uote"
  [2]=>
  string(1) "x"
}
array(1) {
  [0]=>
  NULL
}
array(2) {
  [0]=>
  string(3) "sp "
  [1]=>
  string(4) "tail"
}
array(2) {
  [0]=>
  string(4) "last"
  [1]=>
  string(17) "unterminated
rest"
}
bool(true)

Deprecated: fgetcsv(): the $escape parameter must be provided as its default value will change in %s on line 8
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  string(3) "y;z"
  [2]=>
  string(1) "w"
}
