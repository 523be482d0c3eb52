--TEST--
Compile-time folding as PHP's: engine constants substituted (not in a namespace, not deprecated ones), concatenation with floats at the precision setting, arithmetic on literal numbers; constant names are case-sensitive
--FILE--
<?php
namespace Foo {
const PHP_VERSION = "mine";
echo PHP_VERSION, " ", \PHP_VERSION === PHP_VERSION ? "same" : "differ", " ", M_PI, " ", \M_PI, "\n";
}
namespace {
try { echo php_eol; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo m_pi; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo E_ALL, " ", M_PI, " ", PHP_OS_FAMILY, " ", \PHP_EOL;
echo E_STRICT, "\n";
function m() { return memory_get_usage(); }
$m0 = m(); $a = "x" . M_PI; echo "M_PI concat: ", m() - $m0, "\n";
$m0 = m(); $b = "v" . PHP_VERSION; echo "PHP_VERSION concat: ", m() - $m0, "\n";
$m0 = m(); $c = "x" . 0.1 + 0.2; echo "float fold: ", m() - $m0, "\n";
$m0 = m(); $d = 1 + 2 . "x"; echo "arith fold: ", m() - $m0, "\n";
$m0 = m(); $ops = 10 / 4 . "|" . 7 % 3 . "|" . (1 << 3) . "|" . 2 ** 3; echo "ops fold: ", m() - $m0, "\n";
var_dump($ops, 1 / 3, PHP_INT_MAX + 1, -PHP_INT_MAX - 2, 7 <=> 3);
}
--EXPECTF--
mine differ 3.1415926535898 3.1415926535898
Undefined constant "php_eol"
Undefined constant "m_pi"
30719 3.1415926535898 Linux 

Deprecated: Constant E_STRICT is deprecated in %s on line 10
2048
M_PI concat: 0
PHP_VERSION concat: 0
float fold: 0
arith fold: 0
ops fold: 0
string(9) "2.5|1|8|8"
float(0.3333333333333333)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(1)
