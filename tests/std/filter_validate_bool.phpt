--TEST--
filter_var FILTER_VALIDATE_BOOL: yes/no words, whitespace, NULL_ON_FAILURE, default
--FILE--
<?php
$vals = ["1", "0", "true", "TRUE", "True", "false", "on", "ON", "off", "yes", "no", "No", "", " ", " yes ", "\tno\n", "2", "-1", "y", "n", "t", "f", "truee", "nope", "00", "1.0", "\v1", "\f1", "null", "\0"];
foreach ($vals as $v) {
  echo json_encode($v), ": ";
  var_dump(filter_var($v, FILTER_VALIDATE_BOOLEAN));
  echo "  null: "; var_dump(filter_var($v, FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE));
}
foreach ([1, 0, 2, 1.0, 0.0, true, false, null, [], [1], new stdClass] as $v) { var_dump(filter_var($v, FILTER_VALIDATE_BOOL), filter_var($v, FILTER_VALIDATE_BOOL, FILTER_NULL_ON_FAILURE)); }
var_dump(filter_var("maybe", FILTER_VALIDATE_BOOL, ['options'=>['default'=>'d']]));
var_dump(filter_var("maybe", FILTER_VALIDATE_BOOL, ['flags'=>FILTER_NULL_ON_FAILURE, 'options'=>['default'=>'d']]));
var_dump(filter_var("no", FILTER_VALIDATE_BOOL, ['options'=>['default'=>'d']]));
var_dump(filter_var("", FILTER_VALIDATE_BOOL, ['options'=>['default'=>'d']]));
var_dump(filter_var("", FILTER_VALIDATE_BOOL, ['flags'=>FILTER_NULL_ON_FAILURE, 'options'=>['default'=>'d']]));
var_dump(filter_var(["yes", "no", "x", ["on"]], FILTER_VALIDATE_BOOL, FILTER_REQUIRE_ARRAY|FILTER_NULL_ON_FAILURE));
--EXPECT--
"1": bool(true)
  null: bool(true)
"0": bool(false)
  null: bool(false)
"true": bool(true)
  null: bool(true)
"TRUE": bool(true)
  null: bool(true)
"True": bool(true)
  null: bool(true)
"false": bool(false)
  null: bool(false)
"on": bool(true)
  null: bool(true)
"ON": bool(true)
  null: bool(true)
"off": bool(false)
  null: bool(false)
"yes": bool(true)
  null: bool(true)
"no": bool(false)
  null: bool(false)
"No": bool(false)
  null: bool(false)
"": bool(false)
  null: bool(false)
" ": bool(false)
  null: bool(false)
" yes ": bool(true)
  null: bool(true)
"\tno\n": bool(false)
  null: bool(false)
"2": bool(false)
  null: NULL
"-1": bool(false)
  null: NULL
"y": bool(false)
  null: NULL
"n": bool(false)
  null: NULL
"t": bool(false)
  null: NULL
"f": bool(false)
  null: NULL
"truee": bool(false)
  null: NULL
"nope": bool(false)
  null: NULL
"00": bool(false)
  null: NULL
"1.0": bool(false)
  null: NULL
"\u000b1": bool(true)
  null: bool(true)
"\f1": bool(false)
  null: NULL
"null": bool(false)
  null: NULL
"\u0000": bool(false)
  null: NULL
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
NULL
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
NULL
bool(false)
NULL
bool(false)
NULL
string(1) "d"
string(1) "d"
string(1) "d"
string(1) "d"
bool(false)
array(4) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
  [2]=>
  NULL
  [3]=>
  array(1) {
    [0]=>
    bool(true)
  }
}
