--TEST--
filter_var FILTER_VALIDATE_FLOAT: fractions, exponents, thousand groups, decimal/thousand options, ranges, precision
--FILE--
<?php
$vals = ["1", "1.5", "-1.5", "+1.5", ".5", "5.", "-.5", "1e3", "1E-3", "1e", "1e+", "e3", "1.5e3", " 1.5 ", "1,000", "1,000.5", "1.000,5", "1'000", "1,00", "12,345,678.9", ",123", "1234,567", "1,2345", "0", "-0", "0.0", "-0.0", "00.5", "0x1A", "abc", "", " ", "1e400", "-1e400", "1e-400", "0e0", "1.5.5", "1..5", "INF", "NAN", "1 000", "١", "1.7976931348623157e308", "4.9e-324", "123456789012345678901234567890", "9223372036854775807", "9223372036854775808", "00", "007", "0.00000000000000000000000001", "1e-5000", "0.0e5", "1_000"];
foreach ($vals as $v) {
  echo json_encode($v), ": ";
  var_dump(filter_var($v, FILTER_VALIDATE_FLOAT));
  echo "  th: "; var_dump(filter_var($v, FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_THOUSAND));
}
foreach ([1, 1.5, -0.0, 1e100, true, false, null, 0.1+0.2, NAN, INF, 1e15, 1.0E-10] as $v) { var_dump(filter_var($v, FILTER_VALIDATE_FLOAT)); }
var_dump(filter_var("1,5", FILTER_VALIDATE_FLOAT, ['options'=>['decimal'=>',']]));
var_dump(filter_var("1.234,5", FILTER_VALIDATE_FLOAT, ['options'=>['decimal'=>','], 'flags'=>FILTER_FLAG_ALLOW_THOUSAND]));
var_dump(filter_var("1 234.5", FILTER_VALIDATE_FLOAT, ['options'=>['thousand'=>' '], 'flags'=>FILTER_FLAG_ALLOW_THOUSAND]));
var_dump(filter_var("1x234.5", FILTER_VALIDATE_FLOAT, ['options'=>['thousand'=>'xy'], 'flags'=>FILTER_FLAG_ALLOW_THOUSAND]));
var_dump(filter_var("1y234.5", FILTER_VALIDATE_FLOAT, ['options'=>['thousand'=>'xy'], 'flags'=>FILTER_FLAG_ALLOW_THOUSAND]));
var_dump(filter_var("1.234.5", FILTER_VALIDATE_FLOAT, ['options'=>['thousand'=>'.'], 'flags'=>FILTER_FLAG_ALLOW_THOUSAND]));
var_dump(filter_var("1.234", FILTER_VALIDATE_FLOAT, ['options'=>['thousand'=>'.', 'decimal'=>'.'], 'flags'=>FILTER_FLAG_ALLOW_THOUSAND]));
try { var_dump(filter_var("1,5", FILTER_VALIDATE_FLOAT, ['options'=>['decimal'=>',,']])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(filter_var("1,5", FILTER_VALIDATE_FLOAT, ['options'=>['decimal'=>'']])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(filter_var("1,5", FILTER_VALIDATE_FLOAT, ['options'=>['thousand'=>'']])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(filter_var("1,5", FILTER_VALIDATE_FLOAT, ['options'=>['thousand'=>'', 'default'=>3], 'flags'=>FILTER_NULL_ON_FAILURE])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(filter_var_array(['a'=>"1,5", 'b'=>'2'], ['a'=>['filter'=>FILTER_VALIDATE_FLOAT, 'options'=>['thousand'=>'']], 'b'=>FILTER_VALIDATE_INT])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(filter_var("1,5", FILTER_VALIDATE_FLOAT, ['options'=>['decimal'=>5]]));
var_dump(filter_var("1.5", FILTER_VALIDATE_FLOAT, ['options'=>['min_range'=>1, 'max_range'=>2]]));
var_dump(filter_var("2.5", FILTER_VALIDATE_FLOAT, ['options'=>['min_range'=>1, 'max_range'=>2]]));
var_dump(filter_var("2", FILTER_VALIDATE_FLOAT, ['options'=>['min_range'=>1, 'max_range'=>2]]));
var_dump(filter_var("3", FILTER_VALIDATE_FLOAT, ['options'=>['min_range'=>1, 'max_range'=>2.5]]));
var_dump(filter_var("2", FILTER_VALIDATE_FLOAT, ['options'=>['min_range'=>"2.5x"]]));
var_dump(filter_var("1e3", FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_SCIENTIFIC));
var_dump(filter_var("1,5", FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_FRACTION));
$vals = ["+.5", "-.5e3", ".e3", "1.e3", "1.5e+3", "1.5E-3", ".", "-", "+", "e", "1e5e5", "1,234", "1.2.3", "1\x0000", "1,234,567", "12,34", "1234,567", "-1,234.5e2", "1'234'567", "0,123", "1,23,456", ",", "1,", "1.", "1e-0", "-0e0", "0.0", "000.000", "1.5 e3", "1.5e 3"];
foreach ($vals as $v) {
  echo json_encode($v), ": ";
  $r = [filter_var($v, FILTER_VALIDATE_FLOAT), filter_var($v, FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_THOUSAND), filter_var($v, FILTER_VALIDATE_FLOAT, ['options'=>['decimal'=>','], 'flags'=>FILTER_FLAG_ALLOW_THOUSAND]), filter_var($v, FILTER_VALIDATE_FLOAT, ['options'=>['decimal'=>"\0"]]), filter_var($v, FILTER_VALIDATE_FLOAT, ['options'=>['thousand'=>"\0x"], 'flags'=>FILTER_FLAG_ALLOW_THOUSAND]), filter_var($v, FILTER_VALIDATE_FLOAT, ['options'=>['decimal'=>'e']])];
  echo implode(" ", array_map(fn($x) => var_export($x, true), $r)), "\n";
}
ini_set('precision', 17);
var_dump(filter_var(0.1), filter_var(0.1, FILTER_VALIDATE_FLOAT), filter_var(1/3, FILTER_VALIDATE_FLOAT));
ini_set('precision', 5);
var_dump(filter_var(0.123456), filter_var(123456.7, FILTER_VALIDATE_FLOAT), filter_var(123456.7, FILTER_VALIDATE_INT));
ini_set('precision', -1);
var_dump(filter_var(0.1+0.2), filter_var(1e25));
--EXPECT--
"1": float(1)
  th: float(1)
"1.5": float(1.5)
  th: float(1.5)
"-1.5": float(-1.5)
  th: float(-1.5)
"+1.5": float(1.5)
  th: float(1.5)
".5": float(0.5)
  th: float(0.5)
"5.": float(5)
  th: float(5)
"-.5": float(-0.5)
  th: float(-0.5)
"1e3": float(1000)
  th: float(1000)
"1E-3": float(0.001)
  th: float(0.001)
"1e": bool(false)
  th: bool(false)
"1e+": bool(false)
  th: bool(false)
"e3": bool(false)
  th: bool(false)
"1.5e3": float(1500)
  th: float(1500)
" 1.5 ": float(1.5)
  th: float(1.5)
"1,000": bool(false)
  th: float(1000)
"1,000.5": bool(false)
  th: float(1000.5)
"1.000,5": bool(false)
  th: bool(false)
"1'000": bool(false)
  th: float(1000)
"1,00": bool(false)
  th: bool(false)
"12,345,678.9": bool(false)
  th: float(12345678.9)
",123": bool(false)
  th: bool(false)
"1234,567": bool(false)
  th: bool(false)
"1,2345": bool(false)
  th: bool(false)
"0": float(0)
  th: float(0)
"-0": float(0)
  th: float(0)
"0.0": float(0)
  th: float(0)
"-0.0": float(-0)
  th: float(-0)
"00.5": float(0.5)
  th: float(0.5)
"0x1A": bool(false)
  th: bool(false)
"abc": bool(false)
  th: bool(false)
"": bool(false)
  th: bool(false)
" ": bool(false)
  th: bool(false)
"1e400": bool(false)
  th: bool(false)
"-1e400": bool(false)
  th: bool(false)
"1e-400": bool(false)
  th: bool(false)
"0e0": float(0)
  th: float(0)
"1.5.5": bool(false)
  th: bool(false)
"1..5": bool(false)
  th: bool(false)
"INF": bool(false)
  th: bool(false)
"NAN": bool(false)
  th: bool(false)
"1 000": bool(false)
  th: bool(false)
"\u0661": bool(false)
  th: bool(false)
"1.7976931348623157e308": float(1.7976931348623157E+308)
  th: float(1.7976931348623157E+308)
"4.9e-324": float(5.0E-324)
  th: float(5.0E-324)
"123456789012345678901234567890": float(1.2345678901234568E+29)
  th: float(1.2345678901234568E+29)
"9223372036854775807": float(9.223372036854776E+18)
  th: float(9.223372036854776E+18)
"9223372036854775808": float(9.223372036854776E+18)
  th: float(9.223372036854776E+18)
"00": float(0)
  th: float(0)
"007": float(7)
  th: float(7)
"0.00000000000000000000000001": float(1.0E-26)
  th: float(1.0E-26)
"1e-5000": bool(false)
  th: bool(false)
"0.0e5": bool(false)
  th: bool(false)
"1_000": bool(false)
  th: bool(false)
float(1)
float(1.5)
float(0)
float(1.0E+100)
float(1)
bool(false)
bool(false)
float(0.3)
bool(false)
bool(false)
float(1000000000000000)
float(1.0E-10)
float(1.5)
float(1234.5)
float(1234.5)
float(1234.5)
float(1234.5)
bool(false)
float(1.234)
ValueError: filter_var(): "decimal" option must be one character long
ValueError: filter_var(): "decimal" option must be one character long
ValueError: filter_var(): "thousand" option must not be empty
ValueError: filter_var(): "thousand" option must not be empty
ValueError: filter_var_array(): "thousand" option must not be empty
bool(false)
float(1.5)
bool(false)
float(2)
bool(false)
bool(false)
float(1000)
bool(false)
"+.5": 0.5 0.5 false false 0.5 false
"-.5e3": -500.0 -500.0 false false -500.0 false
".e3": false false false false false false
"1.e3": 1000.0 1000.0 false false 1000.0 false
"1.5e+3": 1500.0 1500.0 false false 1500.0 false
"1.5E-3": 0.0015 0.0015 false false 0.0015 false
".": false false false false false false
"-": false false false false false false
"+": false false false false false false
"e": false false false false false false
"1e5e5": false false false false false 150000.0
"1,234": false 1234.0 1.234 false false false
"1.2.3": false false false false false false
"1\u000000": false false false 1.0 false false
"1,234,567": false 1234567.0 false false false false
"12,34": false false 12.34 false false false
"1234,567": false false 1234.567 false false false
"-1,234.5e2": false -123450.0 false false false false
"1'234'567": false 1234567.0 1234567.0 false false false
"0,123": false 123.0 0.123 false false false
"1,23,456": false false false false false false
",": false false false false false false
"1,": false false 1.0 false false false
"1.": 1.0 1.0 false false 1.0 false
"1e-0": 1.0 1.0 1.0 1.0 1.0 false
"-0e0": -0.0 -0.0 -0.0 -0.0 -0.0 -0.0
"0.0": 0.0 0.0 false false 0.0 false
"000.000": 0.0 0.0 0.0 false 0.0 false
"1.5 e3": false false false false false false
"1.5e 3": false false false false false false
string(19) "0.10000000000000001"
float(0.1)
float(0.3333333333333333)
string(7) "0.12346"
float(123460)
bool(false)
string(19) "0.30000000000000004"
string(7) "1.0E+25"
