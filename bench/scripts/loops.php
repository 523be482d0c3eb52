<?php
// Tight integer loops and arithmetic.
$sum = 0;
for ($i = 0; $i < 5000000; $i++) {
    $sum += $i % 7;
    if ($sum > 1000000) { $sum -= 1000000; }
}
echo $sum, "\n";
