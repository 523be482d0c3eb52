--TEST--
foreach over values and keys, list order
--FILE--
<?php
$a = ['a' => 1, 5 => 'five', 'x' => [1, 2]];
foreach ($a as $v) { echo json_encode($v), " "; } echo "\n";
foreach ($a as $k => $v) { echo "$k=", json_encode($v), " "; } echo "\n";
foreach ([] as $never) { echo "never"; }
foreach ([[1, 2], [3, 4]] as [$p, $q]) echo $p + $q, " ";
echo "\n";
--EXPECT--
1 "five" [1,2] 
a=1 5="five" x=[1,2] 
3 7 
