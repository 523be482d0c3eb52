--TEST--
match expression: strict comparison, multiple conditions, default
--FILE--
<?php
foreach ([1, 2, 3, "1", 5] as $v) {
    echo match ($v) { 1, 2 => "one-or-two", 3 => "three", "1" => "string one", default => "other" }, "\n";
}
$x = 7;
echo match (true) { $x < 5 => "lt5", $x < 10 => "lt10", default => "big" }, "\n";
--EXPECT--
one-or-two
one-or-two
three
string one
other
lt10
