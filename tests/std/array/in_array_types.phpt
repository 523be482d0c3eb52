--TEST--
loose and strict search across types
--FILE--
<?php
$h = ['1', 1.0, true, null, [1], 'abc', '0'];
foreach ([1, '1', 0, '', null, false, [1], 'ABC', '1.0', 1.0] as $n) {
    echo json_encode($n), ': ', json_encode(array_search($n, $h)), ' ', json_encode(array_search($n, $h, true)), ' ', json_encode(in_array($n, $h)), "\n";
}
--EXPECT--
1: 0 false true
"1": 0 0 true
0: 3 false true
"": 3 false true
null: 3 3 true
false: 3 false true
[1]: 2 4 true
"ABC": 2 false true
"1.0": 0 false true
1: 0 1 true
