--TEST--
a generator cannot be rewound after it advanced
--FILE--
<?php
function g() { yield 1; yield 2; }
$gen = g();
foreach ($gen as $v) { echo $v, "\n"; }
try { foreach ($gen as $v) {} } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
1
2
Exception: Cannot traverse an already closed generator
