--TEST--
character ranges and steps
--FILE--
<?php
echo implode('', range('a', 'z')), "\n";
echo implode('', range('z', 'a', 3)), "\n";
echo implode(',', range('0', '9', 2)), "\n";
echo implode(',', range('A', 'E')), "\n";
echo json_encode(range(0, -5, 2)), json_encode(range(-2, 2)), json_encode(range(0.5, 2)), json_encode(range(5, 5, 3)), "\n";
--EXPECT--
abcdefghijklmnopqrstuvwxyz
zwtqnkheb
0,2,4,6,8
A,B,C,D,E
[0,-2,-4][-2,-1,0,1,2][0.5,1.5][5]
