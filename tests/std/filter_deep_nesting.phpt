--TEST--
filter_var on deeply nested arrays
--FILE--
<?php
foreach ([100, 3000, 5000, 50000] as $n) {
$a = "5"; for ($i = 0; $i < $n; $i++) $a = [$a];
$r = filter_var($a, FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY);
for ($i = 0; $i < $n; $i++) $r = $r[0];
var_dump($r);
}
--EXPECT--
int(5)
int(5)
int(5)
int(5)
