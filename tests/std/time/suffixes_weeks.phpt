--TEST--
ordinal suffixes and ISO weeks around new year
--FILE--
<?php
foreach ([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 24, 31] as $d) { echo date('jS ', mktime(0, 0, 0, 1, $d, 2024)); }
echo "\n";
foreach (['2020-12-31', '2021-01-03', '2021-01-04', '2024-12-30', '2026-01-01', '2027-01-01'] as $d) { echo $d, ' ', date('W o N', strtotime($d)), "\n"; }
--EXPECT--
1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 24th 31st 
2020-12-31 53 2020 4
2021-01-03 53 2020 7
2021-01-04 01 2021 1
2024-12-30 01 2025 1
2026-01-01 01 2026 4
2027-01-01 53 2026 5
