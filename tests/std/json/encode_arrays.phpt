--TEST--
lists and maps
--FILE--
<?php
echo json_encode([1, 2, 3]), "\n";
echo json_encode([1 => 1, 2 => 2]), "\n";
echo json_encode(['a' => 1, 'b' => [1, 2], 'c' => []]), "\n";
echo json_encode([3 => 'x', 'y']), "\n";
$a = [1, 2, 3]; unset($a[1]);
echo json_encode($a), "\n";
echo json_encode([]), json_encode([[]]), json_encode([[], ['k' => []]]), "\n";
--EXPECT--
[1,2,3]
{"1":1,"2":2}
{"a":1,"b":[1,2],"c":[]}
{"3":"x","4":"y"}
{"0":1,"2":3}
[][[]][[],{"k":[]}]
