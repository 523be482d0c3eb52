--TEST--
preg_replace_callback with matches and flags
--FILE--
<?php
var_dump(preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c333'));
var_dump(preg_replace_callback('/(?<w>\w)(\d)?/', function ($m) { return json_encode($m) . ';'; }, 'a1b'));
var_dump(preg_replace_callback('/b/', fn($m) => json_encode($m), 'ab', -1, $c, PREG_OFFSET_CAPTURE), $c);
var_dump(preg_replace_callback('/(x)?b/', fn($m) => var_export($m, true), 'b', -1, $c, PREG_UNMATCHED_AS_NULL));
var_dump(preg_replace_callback(['/a/', '/b/'], fn($m) => strtoupper($m[0]), ['ab', 'ba'], 1, $c), $c);
--EXPECT--
string(11) "a2 b44 c666"
string(61) "{"0":"a1","w":"a","1":"a","2":"1"};{"0":"b","w":"b","1":"b"};"
string(10) "a[["b",1]]"
int(1)
string(34) "array (
  0 => 'b',
  1 => NULL,
)"
array(2) {
  [0]=>
  string(2) "AB"
  [1]=>
  string(2) "BA"
}
int(4)
