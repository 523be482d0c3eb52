--TEST--
array_map argument errors
--FILE--
<?php
try { array_map('nope', [1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_map(null, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { array_map(null, [1], 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
array_map(): Argument #2 ($array) must be of type array, int given
array_map(): Argument #3 must be of type array, int given
