--TEST--
throw as an expression (PHP 8.0)
--FILE--
<?php
$v = null;
try { $x = $v ?? throw new Exception("null value"); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$f = fn($a) => $a > 0 ? $a : throw new InvalidArgumentException("not positive");
try { echo $f(5), "\n"; $f(-1); } catch (InvalidArgumentException $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
null value
5
not positive
