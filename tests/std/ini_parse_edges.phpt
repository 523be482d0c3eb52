--TEST--
parse_ini_string edge cases and PHP's syntax error warnings
--FILE--
<?php
$cases = [
  "a = yes please", "a = \"x\" y 'z'", "key with space = v", "1 = one\n2 = two", "a = 1\na = 2", "# hash comment\na = 1",
  "a = \"unterminated", "a = b = c", "[sec\na = 1", "a[] = 1\na = 2\na[] = 3", "a = ~1", "a = 1 | 2 & 3", "a = (1|2)", "a = !0",
  "a = \${PATH_NOT_SET_X}x", "a = \"\${precision}\"", "a = \${precision}", "  indented = 1  ", "a=1;comment", "a = \"semi;colon\"",
  "[s1]\nx=1\n[s2]\nx=2", "a = TRUE", "a = On", "a = NONE", "a = Null", "a = 'it''s'", "a = \"tab\\there\"", "a = \"dollar \\\$x\"",
  "a = foo\$bar", "a = 1.5e3", "a = .5", "a = 5.", "a = -", "a = -1.5", "a = 99999999999999999999", "a[x][y] = 1", "a[ x ] = 1", "a[\"q\"] = 1",
  "=novalue", "a", "a =\n", "a = \"multi\nline\" tail", "a = b ; c", "a = \"x\"\"y\"", "a = PHP_EOL", "[PHP_EOL]\na=1", "a = E_ALL", "a = 0x10 | 1",
  "a = 'single\nline'", "[ spaced ]\nb=1", "a = \"a\\\\b\"", "a = x\\y", "a = {x}", "a = \"{x}\"",
];
foreach ($cases as $i => $c) {
  echo "#$i ", json_encode($c), "\n";
  foreach ([INI_SCANNER_NORMAL, INI_SCANNER_RAW, INI_SCANNER_TYPED] as $m) { echo "  m$m: "; var_export(parse_ini_string($c, true, $m)); echo "\n"; }
}
try { parse_ini_string("a=1", false, 7); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(parse_ini_file('/nonexistent/x.ini'));
try { parse_ini_file(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
#0 "a = yes please"
  m0: 
Warning: syntax error, unexpected TC_CONSTANT in Unknown on line 1
 in %s on line 13
false
  m1: array (
  'a' => 'yes please',
)
  m2: 
Warning: syntax error, unexpected TC_CONSTANT in Unknown on line 1
 in %s on line 13
false
#1 "a = \"x\" y 'z'"
  m0: array (
  'a' => 'xy z',
)
  m1: array (
  'a' => '"x" y \'z\'',
)
  m2: array (
  'a' => 'xy z',
)
#2 "key with space = v"
  m0: array (
  'key with space' => 'v',
)
  m1: array (
  'key with space' => 'v',
)
  m2: array (
  'key with space' => 'v',
)
#3 "1 = one\n2 = two"
  m0: array (
  1 => 'one',
  2 => 'two',
)
  m1: array (
  1 => 'one',
  2 => 'two',
)
  m2: array (
  1 => 'one',
  2 => 'two',
)
#4 "a = 1\na = 2"
  m0: array (
  'a' => '2',
)
  m1: array (
  'a' => '2',
)
  m2: array (
  'a' => 2,
)
#5 "# hash comment\na = 1"
  m0: array (
  'a' => '1',
)
  m1: array (
  'a' => '1',
)
  m2: array (
  'a' => 1,
)
#6 "a = \"unterminated"
  m0: 
Warning: syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '"' in Unknown on line 1
 in %s on line 13
false
  m1: array (
  'a' => '"unterminated',
)
  m2: 
Warning: syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '"' in Unknown on line 1
 in %s on line 13
false
#7 "a = b = c"
  m0: 
Warning: syntax error, unexpected '=' in Unknown on line 1
 in %s on line 13
false
  m1: array (
  'a' => 'b = c',
)
  m2: 
Warning: syntax error, unexpected '=' in Unknown on line 1
 in %s on line 13
false
#8 "[sec\na = 1"
  m0: 
Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s on line 13
false
  m1: 
Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s on line 13
false
  m2: 
Warning: syntax error, unexpected end of file, expecting ']' in Unknown on line 1
 in %s on line 13
false
#9 "a[] = 1\na = 2\na[] = 3"
  m0: array (
  'a' => 
  array (
    0 => '3',
  ),
)
  m1: array (
  'a' => 
  array (
    0 => '3',
  ),
)
  m2: array (
  'a' => 
  array (
    0 => 3,
  ),
)
#10 "a = ~1"
  m0: array (
  'a' => '-2',
)
  m1: array (
  'a' => '~1',
)
  m2: array (
  'a' => -2,
)
#11 "a = 1 | 2 & 3"
  m0: array (
  'a' => '3',
)
  m1: array (
  'a' => '1 | 2 & 3',
)
  m2: array (
  'a' => 3,
)
#12 "a = (1|2)"
  m0: array (
  'a' => '3',
)
  m1: array (
  'a' => '(1|2)',
)
  m2: array (
  'a' => 3,
)
#13 "a = !0"
  m0: array (
  'a' => '1',
)
  m1: array (
  'a' => '!0',
)
  m2: array (
  'a' => 1,
)
#14 "a = ${PATH_NOT_SET_X}x"
  m0: array (
  'a' => 'x',
)
  m1: array (
  'a' => '${PATH_NOT_SET_X}x',
)
  m2: array (
  'a' => 'x',
)
#15 "a = \"${precision}\""
  m0: array (
  'a' => '',
)
  m1: array (
  'a' => '${precision}',
)
  m2: array (
  'a' => '',
)
#16 "a = ${precision}"
  m0: array (
  'a' => '',
)
  m1: array (
  'a' => '${precision}',
)
  m2: array (
  'a' => '',
)
#17 "  indented = 1  "
  m0: array (
  'indented' => '1  ',
)
  m1: array (
  'indented' => '1',
)
  m2: array (
  'indented' => 1,
)
#18 "a=1;comment"
  m0: array (
  'a' => '1',
)
  m1: array (
  'a' => '1',
)
  m2: array (
  'a' => 1,
)
#19 "a = \"semi;colon\""
  m0: array (
  'a' => 'semi;colon',
)
  m1: array (
  'a' => 'semi;colon',
)
  m2: array (
  'a' => 'semi;colon',
)
#20 "[s1]\nx=1\n[s2]\nx=2"
  m0: array (
  's1' => 
  array (
    'x' => '1',
  ),
  's2' => 
  array (
    'x' => '2',
  ),
)
  m1: array (
  's1' => 
  array (
    'x' => '1',
  ),
  's2' => 
  array (
    'x' => '2',
  ),
)
  m2: array (
  's1' => 
  array (
    'x' => 1,
  ),
  's2' => 
  array (
    'x' => 2,
  ),
)
#21 "a = TRUE"
  m0: array (
  'a' => '1',
)
  m1: array (
  'a' => 'TRUE',
)
  m2: array (
  'a' => true,
)
#22 "a = On"
  m0: array (
  'a' => '1',
)
  m1: array (
  'a' => 'On',
)
  m2: array (
  'a' => true,
)
#23 "a = NONE"
  m0: array (
  'a' => '',
)
  m1: array (
  'a' => 'NONE',
)
  m2: array (
  'a' => false,
)
#24 "a = Null"
  m0: array (
  'a' => '',
)
  m1: array (
  'a' => 'Null',
)
  m2: array (
  'a' => NULL,
)
#25 "a = 'it''s'"
  m0: array (
  'a' => 'its',
)
  m1: array (
  'a' => '\'it\'\'s\'',
)
  m2: array (
  'a' => 'its',
)
#26 "a = \"tab\\there\""
  m0: array (
  'a' => 'tab\\there',
)
  m1: array (
  'a' => 'tab\\there',
)
  m2: array (
  'a' => 'tab\\there',
)
#27 "a = \"dollar \\$x\""
  m0: array (
  'a' => 'dollar $x',
)
  m1: array (
  'a' => 'dollar \\$x',
)
  m2: array (
  'a' => 'dollar $x',
)
#28 "a = foo$bar"
  m0: array (
  'a' => 'foo$bar',
)
  m1: array (
  'a' => 'foo$bar',
)
  m2: array (
  'a' => 'foo$bar',
)
#29 "a = 1.5e3"
  m0: array (
  'a' => '1.5e3',
)
  m1: array (
  'a' => '1.5e3',
)
  m2: array (
  'a' => '1.5e3',
)
#30 "a = .5"
  m0: array (
  'a' => '.5',
)
  m1: array (
  'a' => '.5',
)
  m2: array (
  'a' => 0.5,
)
#31 "a = 5."
  m0: array (
  'a' => '5.',
)
  m1: array (
  'a' => '5.',
)
  m2: array (
  'a' => 5.0,
)
#32 "a = -"
  m0: array (
  'a' => '-',
)
  m1: array (
  'a' => '-',
)
  m2: array (
  'a' => '-',
)
#33 "a = -1.5"
  m0: array (
  'a' => '-1.5',
)
  m1: array (
  'a' => '-1.5',
)
  m2: array (
  'a' => '-1.5',
)
#34 "a = 99999999999999999999"
  m0: array (
  'a' => '99999999999999999999',
)
  m1: array (
  'a' => '99999999999999999999',
)
  m2: array (
  'a' => '99999999999999999999',
)
#35 "a[x][y] = 1"
  m0: 
Warning: syntax error, unexpected TC_SECTION, expecting '=' in Unknown on line 1
 in %s on line 13
false
  m1: 
Warning: syntax error, unexpected TC_SECTION, expecting '=' in Unknown on line 1
 in %s on line 13
false
  m2: 
Warning: syntax error, unexpected TC_SECTION, expecting '=' in Unknown on line 1
 in %s on line 13
false
#36 "a[ x ] = 1"
  m0: array (
  'a' => 
  array (
    'x ' => '1',
  ),
)
  m1: array (
  'a' => 
  array (
    'x ' => '1',
  ),
)
  m2: array (
  'a' => 
  array (
    'x ' => 1,
  ),
)
#37 "a[\"q\"] = 1"
  m0: array (
  'a' => 
  array (
    'q' => '1',
  ),
)
  m1: array (
  'a' => 
  array (
    'q' => '1',
  ),
)
  m2: array (
  'a' => 
  array (
    'q' => 1,
  ),
)
#38 "=novalue"
  m0: 
Warning: syntax error, unexpected '=' in Unknown on line 1
 in %s on line 13
false
  m1: 
Warning: syntax error, unexpected '=' in Unknown on line 1
 in %s on line 13
false
  m2: 
Warning: syntax error, unexpected '=' in Unknown on line 1
 in %s on line 13
false
#39 "a"
  m0: array (
)
  m1: array (
)
  m2: array (
)
#40 "a =\n"
  m0: array (
  'a' => '',
)
  m1: array (
  'a' => '',
)
  m2: array (
  'a' => '',
)
#41 "a = \"multi\nline\" tail"
  m0: array (
  'a' => 'multi
linetail',
)
  m1: 
Warning: syntax error, unexpected '"' in Unknown on line 2
 in %s on line 13
false
  m2: array (
  'a' => 'multi
linetail',
)
#42 "a = b ; c"
  m0: array (
  'a' => 'b',
)
  m1: array (
  'a' => 'b',
)
  m2: array (
  'a' => 'b',
)
#43 "a = \"x\"\"y\""
  m0: array (
  'a' => 'xy',
)
  m1: array (
  'a' => 'x""y',
)
  m2: array (
  'a' => 'xy',
)
#44 "a = PHP_EOL"
  m0: array (
  'a' => '
',
)
  m1: array (
  'a' => 'PHP_EOL',
)
  m2: array (
  'a' => '
',
)
#45 "[PHP_EOL]\na=1"
  m0: array (
  'PHP_EOL' => 
  array (
    'a' => '1',
  ),
)
  m1: array (
  'PHP_EOL' => 
  array (
    'a' => '1',
  ),
)
  m2: array (
  'PHP_EOL' => 
  array (
    'a' => 1,
  ),
)
#46 "a = E_ALL"
  m0: array (
  'a' => '30719',
)
  m1: array (
  'a' => 'E_ALL',
)
  m2: array (
  'a' => '30719',
)
#47 "a = 0x10 | 1"
  m0: array (
  'a' => '1',
)
  m1: array (
  'a' => '0x10 | 1',
)
  m2: array (
  'a' => 1,
)
#48 "a = 'single\nline'"
  m0: array (
  'a' => 'single
line',
)
  m1: array (
  'a' => '\'single',
)
  m2: array (
  'a' => 'single
line',
)
#49 "[ spaced ]\nb=1"
  m0: array (
  ' spaced ' => 
  array (
    'b' => '1',
  ),
)
  m1: array (
  ' spaced ' => 
  array (
    'b' => '1',
  ),
)
  m2: array (
  ' spaced ' => 
  array (
    'b' => 1,
  ),
)
#50 "a = \"a\\\\b\""
  m0: array (
  'a' => 'a\\b',
)
  m1: array (
  'a' => 'a\\\\b',
)
  m2: array (
  'a' => 'a\\b',
)
#51 "a = x\\y"
  m0: array (
  'a' => 'x\\y',
)
  m1: array (
  'a' => 'x\\y',
)
  m2: array (
  'a' => 'x\\y',
)
#52 "a = {x}"
  m0: array (
  'a' => '{x}',
)
  m1: array (
  'a' => '{x}',
)
  m2: array (
  'a' => '{x}',
)
#53 "a = \"{x}\""
  m0: array (
  'a' => '{x}',
)
  m1: array (
  'a' => '{x}',
)
  m2: array (
  'a' => '{x}',
)

Warning: Invalid scanner mode in %s on line 15

Warning: parse_ini_file(/nonexistent/x.ini): Failed to open stream: No such file or directory in %s on line 16
bool(false)
parse_ini_file(): Argument #1 ($filename) must not be empty
