--TEST--
string and number comparison results for common pairs (<, ==, > against 0 and "")
--FILE--
<?php
foreach ([0, "0", "", "a", null, "1", " ", "0.0"] as $x) { foreach ([0, ""] as $y) { echo str_pad(var_export($x, true), 6), " vs ", str_pad(var_export($y, true), 3), ": ", ($x < $y ? '<' : ''), ($x == $y ? '==' : ''), ($x > $y ? '>' : ''), "\n"; } }
--EXPECT--
0      vs 0  : ==
0      vs '' : >
'0'    vs 0  : ==
'0'    vs '' : >
''     vs 0  : <
''     vs '' : ==
'a'    vs 0  : >
'a'    vs '' : >
NULL   vs 0  : ==
NULL   vs '' : ==
'1'    vs 0  : >
'1'    vs '' : >
' '    vs 0  : <
' '    vs '' : >
'0.0'  vs 0  : ==
'0.0'  vs '' : >
