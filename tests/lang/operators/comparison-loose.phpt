--TEST--
loose comparison == between types (PHP 8 rules)
--FILE--
<?php
$pairs = [[0, "a"], ["1", "01"], ["10", "1e1"], [100, "1e2"], [null, false], [null, 0], [null, ""], [[], false], ["abc", 0], ["", 0], ["0", false], [" 1", 1], ["1 ", 1], [1.0, "1"], [true, "x"], ["null", null], [INF, INF]];
foreach ($pairs as [$a, $b]) {
    echo var_export($a, true), " == ", var_export($b, true), ": ", var_export($a == $b, true), "\n";
}
--EXPECT--
0 == 'a': false
'1' == '01': true
'10' == '1e1': true
100 == '1e2': true
NULL == false: true
NULL == 0: true
NULL == '': true
array (
) == false: true
'abc' == 0: false
'' == 0: false
'0' == false: true
' 1' == 1: true
'1 ' == 1: true
1.0 == '1': true
true == 'x': true
'null' == NULL: false
INF == INF: true
