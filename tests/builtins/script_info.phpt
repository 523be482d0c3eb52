--TEST--
include path, the script owner's ids and getrusage
--FILE--
<?php
var_dump(get_include_path(), set_include_path('/tmp'), get_include_path(), ini_get('include_path'));
var_dump(set_include_path(''), get_include_path(), set_include_path('.:/a:/b'), ini_get('include_path'));
ini_restore('include_path'); var_dump(get_include_path());
$st = stat(__FILE__);
var_dump(getmyuid() === $st['uid'], getmygid() === $st['gid'], getmyinode() === $st['ino'], getlastmod() === $st['mtime']);
var_dump(is_string(get_current_user()), get_current_user() !== '');
$r = getrusage(); var_dump(array_keys($r), count(array_filter($r, 'is_int')));
var_dump($r['ru_maxrss'] > 0, $r['ru_utime.tv_usec'] < 1000000, array_keys(getrusage(1)) === array_keys($r));
--EXPECT--
string(16) ".:/usr/share/php"
string(16) ".:/usr/share/php"
string(4) "/tmp"
string(4) "/tmp"
bool(false)
string(4) "/tmp"
string(4) "/tmp"
string(7) ".:/a:/b"
string(16) ".:/usr/share/php"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
array(17) {
  [0]=>
  string(10) "ru_oublock"
  [1]=>
  string(10) "ru_inblock"
  [2]=>
  string(9) "ru_msgsnd"
  [3]=>
  string(9) "ru_msgrcv"
  [4]=>
  string(9) "ru_maxrss"
  [5]=>
  string(8) "ru_ixrss"
  [6]=>
  string(8) "ru_idrss"
  [7]=>
  string(9) "ru_minflt"
  [8]=>
  string(9) "ru_majflt"
  [9]=>
  string(11) "ru_nsignals"
  [10]=>
  string(8) "ru_nvcsw"
  [11]=>
  string(9) "ru_nivcsw"
  [12]=>
  string(8) "ru_nswap"
  [13]=>
  string(16) "ru_utime.tv_usec"
  [14]=>
  string(15) "ru_utime.tv_sec"
  [15]=>
  string(16) "ru_stime.tv_usec"
  [16]=>
  string(15) "ru_stime.tv_sec"
}
int(17)
bool(true)
bool(true)
bool(true)
