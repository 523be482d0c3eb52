--TEST--
filter_var FILTER_VALIDATE_INT: signs, whitespace, leading zeros, hex/octal flags, overflow, ranges
--FILE--
<?php
$vals = ["0", "-0", "+0", "00", "1", "+1", "-1", " 1", "1 ", "\t\n\r\v 12 \n", "\f1", "1\f", "", " ", "01", "1.0", "1e3", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "12345678901234567890", "0x1A", "0X1a", "0x", "0xg", "0o17", "0O17", "017", "018", "0o", "0xFFFFFFFFFFFFFFFF", "0x8000000000000000", "0x10000000000000000", "0777777777777777777777", "01777777777777777777777", "02000000000000000000000", "--1", "+-1", "1_000", "１", "abc", "-", "+", "0 1", "1 1", " -0", "-00", "0b11", "- 1"];
foreach ($vals as $v) {
  echo json_encode($v), ": ";
  var_dump(filter_var($v, FILTER_VALIDATE_INT));
  echo "  hex: "; var_dump(filter_var($v, FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX));
  echo "  oct: "; var_dump(filter_var($v, FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_OCTAL));
  echo "  both: "; var_dump(filter_var($v, FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_OCTAL|FILTER_FLAG_ALLOW_HEX|FILTER_NULL_ON_FAILURE));
}
foreach ([1, -5, 1.0, 1.5, -0.0, 1e20, true, false, null, 0.1+0.2, 1e15, 100000000000000000000.0, NAN, INF] as $v) { var_dump(filter_var($v, FILTER_VALIDATE_INT)); }
$o = ['options'=>['min_range'=>1, 'max_range'=>10]];
foreach (["0","1","10","11","5", "abc"] as $v) var_dump(filter_var($v, FILTER_VALIDATE_INT, $o));
var_dump(filter_var("5", FILTER_VALIDATE_INT, ['options'=>['min_range'=>"3abc", 'max_range'=>4.9]]));
var_dump(filter_var("4", FILTER_VALIDATE_INT, ['options'=>['min_range'=>"3abc", 'max_range'=>4.9]]));
var_dump(filter_var("4", FILTER_VALIDATE_INT, ['options'=>['min_range'=>10, 'max_range'=>1]]));
var_dump(filter_var("4", FILTER_VALIDATE_INT, ['options'=>['min_range'=>null]]));
var_dump(filter_var("-4", FILTER_VALIDATE_INT, ['options'=>['min_range'=>null]]));
var_dump(filter_var("x", FILTER_VALIDATE_INT, ['options'=>['default'=>"def"]]));
var_dump(filter_var("x", FILTER_VALIDATE_INT, ['options'=>['default'=>null]]));
var_dump(filter_var("x", FILTER_VALIDATE_INT, ['options'=>['default'=>[1,2]], 'flags'=>FILTER_NULL_ON_FAILURE]));
var_dump(filter_var("0x1f", FILTER_VALIDATE_INT, ['flags'=>FILTER_FLAG_ALLOW_HEX, 'options'=>['max_range'=>30]]));
var_dump(filter_var("0x1f", FILTER_VALIDATE_INT, ['flags'=>FILTER_FLAG_ALLOW_HEX, 'options'=>['max_range'=>31]]));
var_dump(filter_var("0x1f", FILTER_VALIDATE_INT, ['flags'=>"2"]));
var_dump(filter_var("0x1f", FILTER_VALIDATE_INT, ['options'=>['flags'=>2]]));
var_dump(filter_var("0xffffffffffffffff", FILTER_VALIDATE_INT, ['flags'=>FILTER_FLAG_ALLOW_HEX, 'options'=>['max_range'=>0]]));
--EXPECT--
"0": int(0)
  hex: int(0)
  oct: int(0)
  both: int(0)
"-0": int(0)
  hex: int(0)
  oct: int(0)
  both: int(0)
"+0": int(0)
  hex: int(0)
  oct: int(0)
  both: int(0)
"00": bool(false)
  hex: bool(false)
  oct: int(0)
  both: int(0)
"1": int(1)
  hex: int(1)
  oct: int(1)
  both: int(1)
"+1": int(1)
  hex: int(1)
  oct: int(1)
  both: int(1)
"-1": int(-1)
  hex: int(-1)
  oct: int(-1)
  both: int(-1)
" 1": int(1)
  hex: int(1)
  oct: int(1)
  both: int(1)
"1 ": int(1)
  hex: int(1)
  oct: int(1)
  both: int(1)
"\t\n\r\u000b 12 \n": int(12)
  hex: int(12)
  oct: int(12)
  both: int(12)
"\f1": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"1\f": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
" ": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"01": bool(false)
  hex: bool(false)
  oct: int(1)
  both: int(1)
"1.0": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"1e3": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"9223372036854775807": int(9223372036854775807)
  hex: int(9223372036854775807)
  oct: int(9223372036854775807)
  both: int(9223372036854775807)
"9223372036854775808": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"-9223372036854775808": int(-9223372036854775808)
  hex: int(-9223372036854775808)
  oct: int(-9223372036854775808)
  both: int(-9223372036854775808)
"-9223372036854775809": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"12345678901234567890": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"0x1A": bool(false)
  hex: int(26)
  oct: bool(false)
  both: int(26)
"0X1a": bool(false)
  hex: int(26)
  oct: bool(false)
  both: int(26)
"0x": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"0xg": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"0o17": bool(false)
  hex: bool(false)
  oct: int(15)
  both: int(15)
"0O17": bool(false)
  hex: bool(false)
  oct: int(15)
  both: int(15)
"017": bool(false)
  hex: bool(false)
  oct: int(15)
  both: int(15)
"018": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"0o": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"0xFFFFFFFFFFFFFFFF": bool(false)
  hex: int(-1)
  oct: bool(false)
  both: int(-1)
"0x8000000000000000": bool(false)
  hex: int(-9223372036854775808)
  oct: bool(false)
  both: int(-9223372036854775808)
"0x10000000000000000": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"0777777777777777777777": bool(false)
  hex: bool(false)
  oct: int(9223372036854775807)
  both: int(9223372036854775807)
"01777777777777777777777": bool(false)
  hex: bool(false)
  oct: int(-1)
  both: int(-1)
"02000000000000000000000": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"--1": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"+-1": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"1_000": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"\uff11": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"abc": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"-": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"+": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"0 1": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"1 1": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
" -0": int(0)
  hex: int(0)
  oct: int(0)
  both: int(0)
"-00": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"0b11": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
"- 1": bool(false)
  hex: bool(false)
  oct: bool(false)
  both: NULL
int(1)
int(-5)
int(1)
bool(false)
int(0)
bool(false)
int(1)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
int(1)
int(10)
bool(false)
int(5)
bool(false)
bool(false)
int(4)
bool(false)
int(4)
bool(false)
string(3) "def"
NULL
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
bool(false)
int(31)
int(31)
bool(false)
int(-1)
