--TEST--
getmypid, gethostname, sys_getloadavg, php_ini_loaded_file, ignore_user_abort, connection_status, strcoll, escapeshellarg, get_mangled_object_vars, forward_static_call(_array)
--FILE--
<?php
var_dump(is_int(getmypid()), getmypid() > 0, is_string(gethostname()), gethostname() === php_uname('n'), count(sys_getloadavg()), is_float(sys_getloadavg()[0]));
var_dump(php_ini_loaded_file(), ignore_user_abort(), ignore_user_abort(true), ignore_user_abort(), connection_status());
var_dump(strcoll("a", "b"), strcoll("b", "a"), strcoll("abc", "abc"), strcoll("a", "c"), strcoll("", "x"));
var_dump(escapeshellarg("it's"), escapeshellarg(""), escapeshellarg("a b"));
try { escapeshellarg("a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
class A { public $pub = 1; protected $pro = 2; private $pri = 3; }
class B extends A { private $pri = 4; public $d; }
$b = new B; $b->dyn = 5;
foreach (get_mangled_object_vars($b) as $k => $v) echo str_replace("\0", "\\0", $k), " => ", var_export($v, true), "\n";
class P { public static function who() { return static::class; } public static function test() { return forward_static_call(['P', 'who']) . " " . forward_static_call_array('P::who', []) . " " . call_user_func(['P', 'who']); } }
class Q extends P {}
echo Q::test(), "\n";
function plain($x) { return $x * 2; }
class R { static function t() { return forward_static_call('plain', 21); } }
echo R::t(), "\n";
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
int(3)
bool(true)
bool(false)
int(0)
int(0)
int(1)
int(0)
int(-1)
int(1)
int(0)
int(-2)
int(-120)
string(9) "'it'\''s'"
string(2) "''"
string(5) "'a b'"
escapeshellarg(): Argument #1 ($arg) must not contain any null bytes

Deprecated: Creation of dynamic property B::$dyn is deprecated in %s on line 9
pub => 1
\0*\0pro => 2
\0A\0pri => 3
\0B\0pri => 4
d => NULL
dyn => 5
Q Q P
42
