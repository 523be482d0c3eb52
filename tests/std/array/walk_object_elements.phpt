--TEST--
array_walk modifies nested arrays via reference
--FILE--
<?php
$matrix = [[1, 2], [3, 4]];
array_walk($matrix, function (&$row) { $row[] = array_sum($row); });
echo json_encode($matrix), "\n";
$words = ['apple', 'Banana', 'cherry'];
array_walk($words, fn(&$w, $i) => $w = ucfirst($w) . $i);
echo implode(' ', $words), "\n";
--EXPECT--
[[1,2,3],[3,4,7]]
Apple0 Banana1 Cherry2
