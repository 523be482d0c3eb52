<?php
// Allocation churn: small packed and hashed arrays built and dropped, growing and shrinking.
$sum = 0;
$window = [];
for ($i = 0; $i < 200000; $i++) {
    $row = [$i, $i + 1, $i + 2];
    $rec = ['id' => $i, 'name' => 'n', 'tags' => $row];
    $window[$i & 1023] = $rec;
    if (($i & 255) === 0) {
        $big = range(0, 2000);
        $sum += count($big);
    }
    $sum += $rec['tags'][2];
}
echo $sum, " ", count($window), "\n";
