--TEST--
sscanf conversions, widths, sets, positions, by-reference results and format errors
--FILE--
<?php
$cases = [
  ["age: 25 name: Bob", "age: %d name: %s"], ["12 apples", "%d %s"], ["0x1A", "%x"], ["abc", "%d"], ["", "%d"], ["3.14abc", "%f%s"],
  ["hello world", "%5c%c"], ["a,b", "%[^,],%s"], ["12:34", "%2d:%2d"], ["x", "%*s"], ["  42", "%d"], ["-17 +8", "%d %d"], ["0777 0x1f 12", "%i %i %i"],
  ["1e5 2.5e-3 .5 -1.", "%f %e %g %f"], ["1e", "%f"], ["1e+", "%f%s"], ["abc123", "%[a-z]%d"], ["]x", "%[]x]"], ["ab", "%[^a]"], ["99999999999999999999", "%d"],
  ["-1", "%u"], ["18446744073709551615", "%u"], ["ff", "%X"], ["0x", "%x"], ["- 5", "%d"], ["a b c", "%s%n %s"], ["12abc", "%2\$s %1\$d"], ["x y", "%1\$s %2\$s"],
  ["2024-01-15", "%4d-%2d-%2d"], ["key=value", "%[^=]=%s"], ["100%", "%d%%"], ["abc", "abd"], ["abc", "ab"], ["tab\there", "%s\t%s"], ["12", "%d %d"], ["12 ", "%d %d"],
];
foreach ($cases as [$s, $f]) {
  try { echo json_encode([$s, $f]), " => "; var_export(sscanf($s, $f)); echo "\n"; } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(sscanf("12 apples", "%d %s", $n, $w), $n, $w, sscanf("", "%d", $z), $z, sscanf("5", "%d %d", $p, $q), $p, $q);
foreach (["%d %d" => 1, "%d" => 2, "%y" => 0, "%[abc" => 0, "%1\$s %s" => 0, "%s %1\$s" => 0, "%0\$s" => 0, "%3\$s" => 2, "%1\$s %1\$s" => 0, "%2\$s" => 0] as $f => $nv) {
  try { $a = $b = null; var_export($nv == 0 ? sscanf("a b", $f) : ($nv == 1 ? sscanf("1 2", $f, $a) : sscanf("1 2", $f, $a, $b))); echo "\n"; } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
["age: 25 name: Bob","age: %d name: %s"] => array (
  0 => 25,
  1 => 'Bob',
)
["12 apples","%d %s"] => array (
  0 => 12,
  1 => 'apples',
)
["0x1A","%x"] => array (
  0 => 26,
)
["abc","%d"] => array (
  0 => NULL,
)
["","%d"] => NULL
["3.14abc","%f%s"] => array (
  0 => 3.14,
  1 => 'abc',
)
["hello world","%5c%c"] => array (
  0 => 'hello',
  1 => '',
)
["a,b","%[^,],%s"] => array (
  0 => 'a',
  1 => 'b',
)
["12:34","%2d:%2d"] => array (
  0 => 12,
  1 => 34,
)
["x","%*s"] => array (
)
["  42","%d"] => array (
  0 => 42,
)
["-17 +8","%d %d"] => array (
  0 => -17,
  1 => 8,
)
["0777 0x1f 12","%i %i %i"] => array (
  0 => 511,
  1 => 31,
  2 => 12,
)
["1e5 2.5e-3 .5 -1.","%f %e %g %f"] => array (
  0 => 100000.0,
  1 => 0.0025,
  2 => 0.5,
  3 => -1.0,
)
["1e","%f"] => array (
  0 => 1.0,
)
["1e+","%f%s"] => array (
  0 => 1.0,
  1 => 'e+',
)
["abc123","%[a-z]%d"] => array (
  0 => 'abc',
  1 => 123,
)
["]x","%[]x]"] => array (
  0 => ']x',
)
["ab","%[^a]"] => array (
  0 => NULL,
)
["99999999999999999999","%d"] => array (
  0 => 9223372036854775807,
)
["-1","%u"] => array (
  0 => '18446744073709551615',
)
["18446744073709551615","%u"] => array (
  0 => '18446744073709551615',
)
["ff","%X"] => array (
  0 => 255,
)
["0x","%x"] => array (
  0 => 0,
)
["- 5","%d"] => array (
  0 => NULL,
)
["a b c","%s%n %s"] => array (
  0 => 'a',
  1 => 1,
  2 => 'b',
)
["12abc","%2$s %1$d"] => array (
  0 => NULL,
  1 => '12abc',
)
["x y","%1$s %2$s"] => array (
  0 => 'x',
  1 => 'y',
)
["2024-01-15","%4d-%2d-%2d"] => array (
  0 => 2024,
  1 => 1,
  2 => 15,
)
["key=value","%[^=]=%s"] => array (
  0 => 'key',
  1 => 'value',
)
["100%","%d%%"] => array (
  0 => 100,
)
["abc","abd"] => array (
)
["abc","ab"] => array (
)
["tab\there","%s\t%s"] => array (
  0 => 'tab',
  1 => 'here',
)
["12","%d %d"] => array (
  0 => 12,
  1 => NULL,
)
["12 ","%d %d"] => array (
  0 => 12,
  1 => NULL,
)
int(2)
int(12)
string(6) "apples"
int(-1)
NULL
int(1)
int(5)
NULL
ValueError: Different numbers of variable names and field specifiers
ValueError: Variable is not assigned by any conversion specifiers
ValueError: Bad scan conversion character "y"
ValueError: Unmatched [ in format string
ValueError: cannot mix "%" and "%n$" conversion specifiers
ValueError: cannot mix "%" and "%n$" conversion specifiers
ValueError: "%n$" argument index out of range
ValueError: "%n$" argument index out of range
ValueError: Variable is assigned by multiple "%n$" conversion specifiers
array (
  0 => NULL,
  1 => 'a',
)
