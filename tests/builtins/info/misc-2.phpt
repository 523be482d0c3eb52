--TEST--
ip2long, long2ip, get_required_files, connection_aborted, time_nanosleep, time_sleep_until, ini_parse_quantity, hash_hmac_algos, get_defined_constants, exit and die as functions
--FILE--
<?php
var_dump(ip2long("192.168.1.1"), ip2long("255.255.255.255"), ip2long("1.2.3"), ip2long("256.1.1.1"), ip2long(" 1.2.3.4"), ip2long("01.2.3.4"), ip2long(""), ip2long("0.0.0.0"));
var_dump(long2ip(3232235777), long2ip(-1), long2ip(0), long2ip(4294967296));
var_dump(get_required_files() === get_included_files());

var_dump(connection_aborted());
var_dump(time_nanosleep(0, 1000), time_sleep_until(microtime(true) + 0.001));
try { time_nanosleep(-1, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { time_nanosleep(0, 1000000000); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(ini_parse_quantity("1K"), ini_parse_quantity("2m"), ini_parse_quantity("1G"), ini_parse_quantity("0x10"), ini_parse_quantity(" 12 "), ini_parse_quantity(""), ini_parse_quantity("-1"));
var_dump(ini_parse_quantity("12X"));
var_dump(hash_hmac_algos() === array_values(array_filter(hash_algos(), fn($a) => !in_array($a, ['adler32', 'crc32', 'crc32b', 'crc32c', 'fnv132', 'fnv1a32', 'fnv164', 'fnv1a64', 'joaat', 'murmur3a', 'murmur3c', 'murmur3f', 'xxh32', 'xxh64', 'xxh3', 'xxh128']))));
$c = get_defined_constants(true); var_dump(isset($c['Core']['E_ALL']), isset($c['pcre']['PREG_SPLIT_NO_EMPTY']), isset($c['user']));
define('MY_C', 5); const OTHER = [1]; $c = get_defined_constants(true); var_dump($c['user']);
$all = get_defined_constants(); var_dump($all['MY_C'], $all['E_ALL'], $all['PHP_INT_SIZE']);
var_dump(function_exists('exit'), function_exists('die'));
--EXPECTF--
int(3232235777)
int(4294967295)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
int(0)
string(11) "192.168.1.1"
string(15) "255.255.255.255"
string(7) "0.0.0.0"
string(7) "0.0.0.0"
bool(true)
int(0)
bool(true)
bool(true)
time_nanosleep(): Argument #1 ($seconds) must be greater than or equal to 0
Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative
int(1024)
int(2097152)
int(1073741824)
int(16)
int(12)
int(0)
int(-1)

Warning: Invalid quantity "12X": unknown multiplier "X", interpreting as "12" for backwards compatibility in %s on line 11
int(12)
bool(true)
bool(true)
bool(true)
bool(false)
array(2) {
  ["MY_C"]=>
  int(5)
  ["OTHER"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
int(5)
int(30719)
int(8)
bool(true)
bool(true)
