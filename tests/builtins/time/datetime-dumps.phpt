--TEST--
DateTime dumps and memory
--FILE--
<?php
// DateTime in print_r, json_encode, var_export, array casts; its memory.
$d = new DateTimeImmutable("2024-05-06 07:08:09");
print_r($d); echo "\n";
echo json_encode($d), "\n";
var_export($d); echo "\n";
var_dump((array)$d);
$m0 = memory_get_usage(); $x = new DateTime("2020-01-01"); echo memory_get_usage() - $m0, "\n";
--EXPECT--
DateTimeImmutable Object
(
    [date] => 2024-05-06 07:08:09.000000
    [timezone_type] => 3
    [timezone] => UTC
)

{"date":"2024-05-06 07:08:09.000000","timezone_type":3,"timezone":"UTC"}
\DateTimeImmutable::__set_state(array(
   'date' => '2024-05-06 07:08:09.000000',
   'timezone_type' => 3,
   'timezone' => 'UTC',
))
array(3) {
  ["date"]=>
  string(26) "2024-05-06 07:08:09.000000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(3) "UTC"
}
320
