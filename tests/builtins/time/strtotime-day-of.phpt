--TEST--
strtotime: first/last day of, month-year forms
--FILE--
<?php
// strtotime: "first day of" / "last day of" with relative months, month names and years.
$base = 1700000000;
foreach (['first day of next month', 'last day of next month', 'last day of this month', 'first day of last month',
          'last day of february 2024', 'first day of january 2023', 'last day of +2 months', 'first day of',
          'last day of previous month', 'last monday', 'first day of next month midnight', 'last day of next year'] as $s) {
    $r = strtotime($s, $base);
    echo $s, " => ", $r === false ? 'false' : date('Y-m-d H:i:s', $r), "\n";
}
foreach (["February 2024", "feb 2024 +1 day", "March 5", "March 5 2021", "jan 2020"] as $s) echo $s, " => ", date("Y-m-d H:i:s", strtotime($s, 1700000000)), "\n";
--EXPECT--
first day of next month => 2023-12-01 22:13:20
last day of next month => 2023-12-31 22:13:20
last day of this month => 2023-11-30 22:13:20
first day of last month => 2023-10-01 22:13:20
last day of february 2024 => 2024-02-29 00:00:00
first day of january 2023 => 2023-01-01 00:00:00
last day of +2 months => 2024-01-31 22:13:20
first day of => 2023-11-01 22:13:20
last day of previous month => 2023-10-31 22:13:20
last monday => 2023-11-13 00:00:00
first day of next month midnight => 2023-12-01 00:00:00
last day of next year => 2024-11-30 22:13:20
February 2024 => 2024-02-01 00:00:00
feb 2024 +1 day => 2024-02-02 00:00:00
March 5 => 2023-03-05 00:00:00
March 5 2021 => 2021-03-05 00:00:00
jan 2020 => 2020-01-01 00:00:00
