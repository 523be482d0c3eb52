--TEST--
define, const, constant(), defined() and magic constants
--FILE--
<?php
define('GREETING', 'hi');
const ANSWER = 42, LIST_C = [1, 2];
var_dump(GREETING, ANSWER, LIST_C[1], defined('ANSWER'), defined('NOPE'), constant('GREETING'));
var_dump(__LINE__, basename(__FILE__), basename(__DIR__) !== '', __FUNCTION__, __CLASS__);
try { echo UNDEFINED_CONST; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(PHP_EOL, PHP_INT_SIZE, M_PI, E_ALL, PHP_FLOAT_EPSILON);
--EXPECT--
string(2) "hi"
int(42)
int(2)
bool(true)
bool(false)
string(2) "hi"
int(5)
string(13) "constants.php"
bool(true)
string(0) ""
string(0) ""
Undefined constant "UNDEFINED_CONST"
string(1) "
"
int(8)
float(3.141592653589793)
int(30719)
float(2.220446049250313E-16)
