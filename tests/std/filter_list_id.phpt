--TEST--
filter_list and filter_id
--FILE--
<?php
var_dump(filter_list());
foreach (filter_list() as $name) {
    echo $name, " => ", var_export(filter_id($name), true), "\n";
}
foreach (["", "INT", "Int", "int ", " int", "int\0junk", "validate_int", "boolean", "bool", "unsafe_raw", "default", "callback", "full_special_chars", "magic_quotes", "stripped"] as $n) {
    echo json_encode($n), " => ", var_export(filter_id($n), true), "\n";
}
// every id in filter_list() is accepted by filter_var
foreach (filter_list() as $name) {
    $id = filter_id($name);
    $r = $id === FILTER_CALLBACK ? filter_var("x", $id, ['options' => 'strtoupper']) : filter_var("x", $id);
    echo $name, ": ", var_export($r, true), "\n";
}
// ids inside the filter ranges that name no filter run the default filter
foreach ([256, 260, 271, 512, 521] as $id) {
    var_dump(filter_var("a<b>&'", $id, FILTER_FLAG_ENCODE_AMP));
}
--EXPECTF--
array(21) {
  [0]=>
  string(3) "int"
  [1]=>
  string(7) "boolean"
  [2]=>
  string(5) "float"
  [3]=>
  string(15) "validate_regexp"
  [4]=>
  string(15) "validate_domain"
  [5]=>
  string(12) "validate_url"
  [6]=>
  string(14) "validate_email"
  [7]=>
  string(11) "validate_ip"
  [8]=>
  string(12) "validate_mac"
  [9]=>
  string(6) "string"
  [10]=>
  string(8) "stripped"
  [11]=>
  string(7) "encoded"
  [12]=>
  string(13) "special_chars"
  [13]=>
  string(18) "full_special_chars"
  [14]=>
  string(10) "unsafe_raw"
  [15]=>
  string(5) "email"
  [16]=>
  string(3) "url"
  [17]=>
  string(10) "number_int"
  [18]=>
  string(12) "number_float"
  [19]=>
  string(11) "add_slashes"
  [20]=>
  string(8) "callback"
}
int => 257
boolean => 258
float => 259
validate_regexp => 272
validate_domain => 277
validate_url => 273
validate_email => 274
validate_ip => 275
validate_mac => 276
string => 513
stripped => 513
encoded => 514
special_chars => 515
full_special_chars => 522
unsafe_raw => 516
email => 517
url => 518
number_int => 519
number_float => 520
add_slashes => 523
callback => 1024
"" => false
"INT" => false
"Int" => false
"int " => false
" int" => false
"int\u0000junk" => 257
"validate_int" => false
"boolean" => 258
"bool" => false
"unsafe_raw" => 516
"default" => false
"callback" => 1024
"full_special_chars" => 522
"magic_quotes" => false
"stripped" => 513
int: false
boolean: false
float: false

Fatal error: Uncaught ValueError: filter_var(): "regexp" option is missing in %s:12
Stack trace:
#0 %s(12): filter_var('x', 272)
#1 {main}
  thrown in %s on line 12
--EXPECT_EXIT--
255
