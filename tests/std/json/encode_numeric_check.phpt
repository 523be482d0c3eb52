--TEST--
JSON_NUMERIC_CHECK turns numeric strings into numbers
--FILE--
<?php
echo json_encode(['12', '1.5', '1e3', 'abc', ' 12', '12 ', '0x1A', '-0', '.5', '007'], JSON_NUMERIC_CHECK), "\n";
echo json_encode(['123' => '456'], JSON_NUMERIC_CHECK), "\n";
--EXPECT--
[12,1.5,1000,"abc",12,12,"0x1A",0,0.5,7]
{"123":456}
