--TEST--
filter_var FILTER_VALIDATE_DOMAIN, FILTER_VALIDATE_MAC and FILTER_VALIDATE_REGEXP
--FILE--
<?php
$vals = ["example.com", "a", "", ".", "a.", ".a", "a..b", "a.b.", "-a.com", "a-.com", "a-", "a-.", "a--b.com", "a_b.com", "a b", "1.2.3.4", "xn--bcher-kva.ch", str_repeat("a", 63).".com", str_repeat("a", 64).".com", str_repeat("a.", 126)."a", str_repeat("a.", 126)."ab", str_repeat("a.", 126)."ab.", str_repeat("a", 253), str_repeat("a", 254), "ä.com", "a.-b", "a.b-", "a\0b", "a-\0", "*.com", "a..", "..", "a.b..", "-", "1", "a.1", "A.COM"];
foreach ($vals as $v) {
  echo str_pad(json_encode($v), 30), " ";
  $r = [filter_var($v, FILTER_VALIDATE_DOMAIN), filter_var($v, FILTER_VALIDATE_DOMAIN, FILTER_FLAG_HOSTNAME)];
  echo implode(" ", array_map(fn($x) => $x === false ? "F" : ($x === $v ? "ok" : var_export($x, true)), $r)), "\n";
}
$macs = ["01:23:45:67:89:ab", "01-23-45-67-89-AB", "0123.4567.89ab", "01:23:45:67:89", "01:23:45:67:89:ag", "01:23-45:67:89:ab", "01.23.45.67.89.ab", "0123.4567.89ag", "0123:4567:89ab", "01:23:45:67:89:ab:cd", "", "0123-4567-89ab", "1:23:45:67:89:ab:c", " 01:23:45:67:89:ab", "01:23:45:67:89:ab "];
foreach ($macs as $m) {
  echo str_pad(json_encode($m), 24), " ";
  $r = [filter_var($m, FILTER_VALIDATE_MAC), filter_var($m, FILTER_VALIDATE_MAC, ['options'=>['separator'=>':']]), filter_var($m, FILTER_VALIDATE_MAC, ['options'=>['separator'=>'-']]), filter_var($m, FILTER_VALIDATE_MAC, ['options'=>['separator'=>'.']]), filter_var($m, FILTER_VALIDATE_MAC, ['options'=>['separator'=>5]])];
  echo implode(" ", array_map(fn($x) => $x === false ? "F" : ($x === $m ? "ok" : var_export($x, true)), $r)), "\n";
}
try { var_dump(filter_var("01:23:45:67:89:ab", FILTER_VALIDATE_MAC, ['options'=>['separator'=>'::']])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(filter_var("x", FILTER_VALIDATE_MAC, ['options'=>['separator'=>'']])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
// regexp
var_dump(filter_var("abc", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/^a/']]));
var_dump(filter_var("xbc", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/^a/']]));
var_dump(filter_var("xbc", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/^a/', 'default'=>'dflt']]));
var_dump(filter_var("ABC", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/^a/i'], 'flags'=>FILTER_NULL_ON_FAILURE]));
var_dump(filter_var("é", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/^.$/u']]));
var_dump(filter_var("\xff", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/^.$/u']]));
var_dump(filter_var("abc", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/abc']]));
var_dump(filter_var("abc", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'abc']]));
var_dump(filter_var("abc", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/(/']]));
var_dump(filter_var("", FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/^$/']]));
var_dump(filter_var(123, FILTER_VALIDATE_REGEXP, ['options'=>['regexp'=>'/^\d+$/']]));

foreach ([[], ['options'=>[]], ['options'=>['regexp'=>5]], ['options'=>'/a/'], 0] as $o) {
  try { var_dump(filter_var("abc", FILTER_VALIDATE_REGEXP, $o)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { var_dump(filter_var_array(['a'=>'x'], ['a'=>FILTER_VALIDATE_REGEXP])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(filter_var(['x', 'y'], FILTER_VALIDATE_REGEXP, FILTER_REQUIRE_ARRAY)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
"example.com"                  ok ok
"a"                            ok ok
""                             ok F
"."                            F F
"a."                           ok ok
".a"                           F F
"a..b"                         F F
"a.b."                         ok ok
"-a.com"                       ok F
"a-.com"                       ok F
"a-"                           ok F
"a-."                          ok ok
"a--b.com"                     ok ok
"a_b.com"                      ok F
"a b"                          ok F
"1.2.3.4"                      ok ok
"xn--bcher-kva.ch"             ok ok
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com" ok ok
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com" F F
"a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a" ok ok
"a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.ab" F F
"a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.ab." F F
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" F F
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" F F
"\u00e4.com"                   ok F
"a.-b"                         ok F
"a.b-"                         ok F
"a\u0000b"                     ok F
"a-\u0000"                     ok F
"*.com"                        ok F
"a.."                          F F
".."                           F F
"a.b.."                        F F
"-"                            ok F
"1"                            ok ok
"a.1"                          ok ok
"A.COM"                        ok ok
"01:23:45:67:89:ab"      ok ok F F ok
"01-23-45-67-89-AB"      ok F ok F ok
"0123.4567.89ab"         ok F F ok ok
"01:23:45:67:89"         F F F F F
"01:23:45:67:89:ag"      F F F F F
"01:23-45:67:89:ab"      F F F F F
"01.23.45.67.89.ab"      F F F F F
"0123.4567.89ag"         F F F F F
"0123:4567:89ab"         F F F F F
"01:23:45:67:89:ab:cd"   F F F F F
""                       F F F F F
"0123-4567-89ab"         F F F F F
"1:23:45:67:89:ab:c"     F F F F F
" 01:23:45:67:89:ab"     F F F F F
"01:23:45:67:89:ab "     F F F F F
ValueError: filter_var(): "separator" option must be one character long
ValueError: filter_var(): "separator" option must be one character long
string(3) "abc"
bool(false)
string(4) "dflt"
string(3) "ABC"
string(2) "é"
bool(false)

Warning: filter_var(): No ending delimiter '/' found in %s on line 23
bool(false)

Warning: filter_var(): Delimiter must not be alphanumeric, backslash, or NUL byte in %s on line 24
bool(false)

Warning: filter_var(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 25
bool(false)
string(0) ""
string(3) "123"
ValueError: filter_var(): "regexp" option is missing
ValueError: filter_var(): "regexp" option is missing
ValueError: filter_var(): "regexp" option is missing
ValueError: filter_var(): "regexp" option is missing
ValueError: filter_var(): "regexp" option is missing
ValueError: filter_var_array(): "regexp" option is missing
ValueError: filter_var(): "regexp" option is missing
