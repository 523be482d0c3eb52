--TEST--
width, precision and argnum beyond INT_MAX
--FILE--
<?php
foreach (['%99999999999d', '%.99999999999f', '%99999999999$d'] as $f) {
    try { sprintf($f, 1); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECT--
ValueError: Width must be between 0 and 2147483647
ValueError: Precision must be between 0 and 2147483647
ValueError: Argument number specifier must be greater than zero and less than 2147483647
