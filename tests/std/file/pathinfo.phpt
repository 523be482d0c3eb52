--TEST--
pathinfo parts and single-part flags
--FILE--
<?php
var_dump(pathinfo('/www/htdocs/inc/lib.inc.php'));
var_dump(pathinfo('/a/b.c/d'), pathinfo('.htaccess'), pathinfo('noext'), pathinfo(''));
var_dump(pathinfo('x.tar.gz', PATHINFO_FILENAME), pathinfo('x.tar.gz', PATHINFO_EXTENSION), pathinfo('/', PATHINFO_EXTENSION), pathinfo('/a/b', PATHINFO_DIRNAME), pathinfo('/a/b', PATHINFO_BASENAME));
var_dump(pathinfo('dir/file.', PATHINFO_EXTENSION), pathinfo('a/b', PATHINFO_DIRNAME | PATHINFO_BASENAME));
--EXPECT--
array(4) {
  ["dirname"]=>
  string(15) "/www/htdocs/inc"
  ["basename"]=>
  string(11) "lib.inc.php"
  ["extension"]=>
  string(3) "php"
  ["filename"]=>
  string(7) "lib.inc"
}
array(3) {
  ["dirname"]=>
  string(6) "/a/b.c"
  ["basename"]=>
  string(1) "d"
  ["filename"]=>
  string(1) "d"
}
array(4) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(9) ".htaccess"
  ["extension"]=>
  string(8) "htaccess"
  ["filename"]=>
  string(0) ""
}
array(3) {
  ["dirname"]=>
  string(1) "."
  ["basename"]=>
  string(5) "noext"
  ["filename"]=>
  string(5) "noext"
}
array(2) {
  ["basename"]=>
  string(0) ""
  ["filename"]=>
  string(0) ""
}
string(5) "x.tar"
string(2) "gz"
string(0) ""
string(2) "/a"
string(1) "b"
string(0) ""
string(1) "a"
