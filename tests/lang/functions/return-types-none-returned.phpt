--TEST--
A typed function that ends without return: "none returned", for nullable, mixed and null types too
--FILE--
<?php
function a(): ?int { }
function b(): mixed { }
function c(): int|null { if (0) return 1; }
function d(): null { }
foreach (['a','b','c','d'] as $f) { try { var_dump($f()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; } }
--EXPECT--
a(): Return value must be of type ?int, none returned
b(): Return value must be of type mixed, none returned
c(): Return value must be of type ?int, none returned
d(): Return value must be of type null, none returned
