--TEST--
namespaces, use imports, fallback to global functions and constants
--FILE--
<?php
namespace App\Util;
const VERSION = 'v1';
function strlen($s) { return 'custom strlen'; }
class Helper { static function who() { return __NAMESPACE__ . ' ' . __CLASS__ . ' ' . __FUNCTION__ . ' ' . static::class; } }
echo strlen('x'), "\n", \strlen('x'), "\n", strtoupper('fallback'), "\n", VERSION, " ", \App\Util\VERSION, " ", PHP_INT_SIZE, "\n";
echo Helper::who(), "\n";
echo namespace\Helper::class, "\n";
--EXPECT--
custom strlen
1
FALLBACK
v1 v1 8
App\Util App\Util\Helper who App\Util\Helper
App\Util\Helper
