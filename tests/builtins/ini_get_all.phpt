--TEST--
ini_get_all with details, by extension, after changes
--INI--
memory_limit=256M
--FILE--
<?php
var_dump(ini_get_all('pcre'), ini_get_all('date', false), ini_get_all('json'), count(ini_get_all()), count(ini_get_all(null, false)));
ini_set('precision', '10'); ini_set('error_log', '/tmp/x.log'); ini_set('assert.callback', '');
$all = ini_get_all();
var_dump($all['precision'], $all['error_log'], $all['assert.callback'], $all['memory_limit'], $all['auto_prepend_file']);
var_dump(ini_get_all('nope'), ini_get_all('PCRE'));
var_dump(array_keys(ini_get_all('session', false)));
var_dump(ini_set('allow_url_fopen', '0'), ini_set('output_buffering', '4096'), ini_set('session.name', 'X'), ini_get('session.name'));
--EXPECTF--
array(3) {
  ["pcre.backtrack_limit"]=>
  array(3) {
    ["global_value"]=>
    string(7) "1000000"
    ["local_value"]=>
    string(7) "1000000"
    ["access"]=>
    int(7)
  }
  ["pcre.jit"]=>
  array(3) {
    ["global_value"]=>
    string(1) "1"
    ["local_value"]=>
    string(1) "1"
    ["access"]=>
    int(7)
  }
  ["pcre.recursion_limit"]=>
  array(3) {
    ["global_value"]=>
    string(6) "100000"
    ["local_value"]=>
    string(6) "100000"
    ["access"]=>
    int(7)
  }
}
array(5) {
  ["date.default_latitude"]=>
  string(7) "31.7667"
  ["date.default_longitude"]=>
  string(7) "35.2333"
  ["date.sunrise_zenith"]=>
  string(9) "90.833333"
  ["date.sunset_zenith"]=>
  string(9) "90.833333"
  ["date.timezone"]=>
  string(3) "UTC"
}
array(0) {
}
int(155)
int(155)
array(3) {
  ["global_value"]=>
  string(2) "14"
  ["local_value"]=>
  string(2) "10"
  ["access"]=>
  int(7)
}
array(3) {
  ["global_value"]=>
  string(10) "/tmp/x.log"
  ["local_value"]=>
  string(10) "/tmp/x.log"
  ["access"]=>
  int(7)
}
array(3) {
  ["global_value"]=>
  string(0) ""
  ["local_value"]=>
  string(0) ""
  ["access"]=>
  int(7)
}
array(3) {
  ["global_value"]=>
  string(4) "256M"
  ["local_value"]=>
  string(4) "256M"
  ["access"]=>
  int(7)
}
array(3) {
  ["global_value"]=>
  NULL
  ["local_value"]=>
  NULL
  ["access"]=>
  int(6)
}

Warning: ini_get_all(): Extension "nope" cannot be found in %s on line 6

Warning: ini_get_all(): Extension "PCRE" cannot be found in %s on line 6
bool(false)
bool(false)
array(30) {
  [0]=>
  string(18) "session.auto_start"
  [1]=>
  string(20) "session.cache_expire"
  [2]=>
  string(21) "session.cache_limiter"
  [3]=>
  string(21) "session.cookie_domain"
  [4]=>
  string(23) "session.cookie_httponly"
  [5]=>
  string(23) "session.cookie_lifetime"
  [6]=>
  string(19) "session.cookie_path"
  [7]=>
  string(23) "session.cookie_samesite"
  [8]=>
  string(21) "session.cookie_secure"
  [9]=>
  string(18) "session.gc_divisor"
  [10]=>
  string(22) "session.gc_maxlifetime"
  [11]=>
  string(22) "session.gc_probability"
  [12]=>
  string(18) "session.lazy_write"
  [13]=>
  string(12) "session.name"
  [14]=>
  string(21) "session.referer_check"
  [15]=>
  string(20) "session.save_handler"
  [16]=>
  string(17) "session.save_path"
  [17]=>
  string(25) "session.serialize_handler"
  [18]=>
  string(30) "session.sid_bits_per_character"
  [19]=>
  string(18) "session.sid_length"
  [20]=>
  string(31) "session.upload_progress.cleanup"
  [21]=>
  string(31) "session.upload_progress.enabled"
  [22]=>
  string(28) "session.upload_progress.freq"
  [23]=>
  string(32) "session.upload_progress.min_freq"
  [24]=>
  string(28) "session.upload_progress.name"
  [25]=>
  string(30) "session.upload_progress.prefix"
  [26]=>
  string(19) "session.use_cookies"
  [27]=>
  string(24) "session.use_only_cookies"
  [28]=>
  string(23) "session.use_strict_mode"
  [29]=>
  string(21) "session.use_trans_sid"
}

Warning: ini_set(): Session ini settings cannot be changed after headers have already been sent in %s on line 8
bool(false)
bool(false)
bool(false)
string(9) "PHPSESSID"
