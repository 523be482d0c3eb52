<?php
// Allocation churn: short-lived strings of many sizes (concatenation, substr, str_repeat),
// most freed at once, some kept in a rolling window.
$keep = [];
$total = 0;
for ($i = 0; $i < 400000; $i++) {
    $s = str_repeat('x', $i % 200) . $i;
    $t = substr($s, 1, 40) . "-" . ($i & 1023);
    $keep[$i & 4095] = $t;
    $total += strlen($s) + strlen($t);
}
echo $total, " ", count($keep), " ", memory_get_peak_usage() > 0 ? "ok" : "no", "\n";
