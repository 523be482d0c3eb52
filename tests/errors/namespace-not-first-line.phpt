--TEST--
A namespace declaration after other statements: PHP's fatal error at the namespace's line
--FILE--
<?php
try { echo php_eol; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo E_ALL, " ", M_PI, " ", PHP_OS_FAMILY, " ", \PHP_EOL;
echo E_STRICT, "\n";
namespace Foo;
const PHP_VERSION = "mine";
echo PHP_VERSION, " ", \PHP_VERSION === PHP_VERSION ? "same" : "differ", " ", M_PI, "\n";
--EXPECTF--

Fatal error: Namespace declaration statement has to be the very first statement or after any declare call in the script in %s on line 5
--EXPECT_EXIT--
255
