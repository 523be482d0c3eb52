--TEST--
strtotime relative to a base timestamp
--FILE--
<?php
$base = 1700000000; // Tue, 14 Nov 2023 22:13:20 UTC
foreach (['now', 'today', 'midnight', 'noon', 'tomorrow', 'yesterday', '+1 day', '-2 hours', '+1 week 2 days', '+1 month', '-1 year', '3 days ago', 'next monday', 'last friday', 'monday', 'tuesday', 'next month', 'last year', 'yesterday noon', 'tomorrow 08:30', '2024-01-31 +1 month'] as $s) {
    echo str_pad($s, 22), date('Y-m-d H:i:s D', strtotime($s, $base)), "\n";
}
--EXPECT--
now                   2023-11-14 22:13:20 Tue
today                 2023-11-14 00:00:00 Tue
midnight              2023-11-14 00:00:00 Tue
noon                  2023-11-14 12:00:00 Tue
tomorrow              2023-11-15 00:00:00 Wed
yesterday             2023-11-13 00:00:00 Mon
+1 day                2023-11-15 22:13:20 Wed
-2 hours              2023-11-14 20:13:20 Tue
+1 week 2 days        2023-11-23 22:13:20 Thu
+1 month              2023-12-14 22:13:20 Thu
-1 year               2022-11-14 22:13:20 Mon
3 days ago            2023-11-11 22:13:20 Sat
next monday           2023-11-20 00:00:00 Mon
last friday           2023-11-10 00:00:00 Fri
monday                2023-11-20 00:00:00 Mon
tuesday               2023-11-14 00:00:00 Tue
next month            2023-12-14 22:13:20 Thu
last year             2022-11-14 22:13:20 Mon
yesterday noon        2023-11-13 12:00:00 Mon
tomorrow 08:30        2023-11-15 08:30:00 Wed
2024-01-31 +1 month   2024-03-02 00:00:00 Sat
