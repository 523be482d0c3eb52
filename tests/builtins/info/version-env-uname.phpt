--TEST--
version_compare, getenv/putenv, php_uname, zend_version, sleep/usleep, gettimeofday, get_loaded_extensions
--FILE--
<?php
$pairs = [["1.0", "1.0.0"], ["5.2", "5.10"], ["1.0rc1", "1.0"], ["1.0a", "1.0b"], ["1.0-dev", "1.0alpha"], ["1.0pl1", "1.0"], ["8.4.0", "8.3.99"], ["1.0.0", "1.0.0"], ["", "1"], ["1", ""], ["1.2.3.4", "1.2.3"], ["1_2", "1.2"], ["1+2", "1.2"], ["1..2", "1.2"], ["abc", "1"], ["#", "1"], ["1.0RC1", "1.0rc1"], ["1p", "1"], ["1.0.0-beta", "1.0.0-alpha"], ["10", "9"], ["01", "1"], ["1.a", "1.b"], ["a", "b"]];
foreach ($pairs as [$a, $b]) {
  echo "$a vs $b: ", version_compare($a, $b), " ";
  foreach (['<', 'lt', '<=', 'le', '>', 'gt', '>=', 'ge', '==', 'eq', '!=', '<>', 'ne'] as $op) echo var_export(version_compare($a, $b, $op), true)[0];
  echo "\n";
}
try { version_compare("1", "2", "bad"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(getenv("NOPE_NOT_SET"), putenv("MEMPHIS_T=1"), getenv("MEMPHIS_T"), putenv("MEMPHIS_T"), getenv("MEMPHIS_T"), is_array(getenv()));
try { putenv("=x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(putenv("NOEQ"));
var_dump(usleep(1), sleep(0), zend_version(), php_uname('s'), php_uname('m') !== '', is_string(php_uname()));
try { php_uname('x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$t = gettimeofday(); var_dump(array_keys($t), is_float(gettimeofday(true)));
var_dump(get_loaded_extensions() === array_values(get_loaded_extensions()), in_array('Core', get_loaded_extensions()), in_array('standard', get_loaded_extensions()));
--EXPECT--
1.0 vs 1.0.0: -1 ttttffffffttt
5.2 vs 5.10: -1 ttttffffffttt
1.0rc1 vs 1.0: -1 ttttffffffttt
1.0a vs 1.0b: -1 ttttffffffttt
1.0-dev vs 1.0alpha: -1 ttttffffffttt
1.0pl1 vs 1.0: 1 ffffttttffttt
8.4.0 vs 8.3.99: 1 ffffttttffttt
1.0.0 vs 1.0.0: 0 ffttffttttfff
 vs 1: -1 ttttffffffttt
1 vs : 1 ffffttttffttt
1.2.3.4 vs 1.2.3: 1 ffffttttffttt
1_2 vs 1.2: 0 ffttffttttfff
1+2 vs 1.2: 0 ffttffttttfff
1..2 vs 1.2: 0 ffttffttttfff
abc vs 1: -1 ttttffffffttt
# vs 1: 0 ffttffttttfff
1.0RC1 vs 1.0rc1: 0 ffttffttttfff
1p vs 1: 1 ffffttttffttt
1.0.0-beta vs 1.0.0-alpha: 1 ffffttttffttt
10 vs 9: 1 ffffttttffttt
01 vs 1: 0 ffttffttttfff
1.a vs 1.b: -1 ttttffffffttt
a vs b: -1 ttttffffffttt
version_compare(): Argument #3 ($operator) must be a valid comparison operator
bool(false)
bool(true)
string(1) "1"
bool(true)
bool(false)
bool(true)
putenv(): Argument #1 ($assignment) must have a valid syntax
bool(true)
NULL
int(0)
string(6) "4.4.27"
string(5) "Linux"
bool(true)
bool(true)
php_uname(): Argument #1 ($mode) must be one of "a", "m", "n", "r", "s", or "v"
array(4) {
  [0]=>
  string(3) "sec"
  [1]=>
  string(4) "usec"
  [2]=>
  string(11) "minuteswest"
  [3]=>
  string(7) "dsttime"
}
bool(true)
bool(true)
bool(true)
bool(true)
