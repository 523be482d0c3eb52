--TEST--
hash_hmac_file and hash_pbkdf2
--FILE--
<?php
$t = sys_get_temp_dir() . '/memphis_hmf_' . getmypid();
file_put_contents($t, "file contents\n");
var_dump(hash_hmac_file('sha256', $t, 'key') === hash_hmac('sha256', "file contents\n", 'key'));
var_dump(hash_hmac_file('md5', $t, 'secret'), bin2hex(hash_hmac_file('sha1', $t, '', true)));
var_dump(@hash_hmac_file('md5', $t . '.missing', 'k'));
unlink($t);
try { hash_hmac_file('crc32b', $t, 'k'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(hash_pbkdf2('sha256', 'password', 'salt', 1000, 32));
var_dump(hash_pbkdf2('sha256', 'password', 'salt', 1000));
var_dump(hash_pbkdf2('sha1', 'password', 'salt', 1, 20), hash_pbkdf2('sha1', 'password', 'salt', 2, 40));
var_dump(hash_pbkdf2('sha1', 'p', 's', 2, 0, true) === hash_pbkdf2('sha1', 'p', 's', 2, 20, true));
var_dump(strlen(hash_pbkdf2('md5', 'p', 's', 1, 10)), hash_pbkdf2('md5', 'p', 's', 1, 7));
var_dump(bin2hex(hash_pbkdf2('sha512', 'pw', 'sa', 3, 10, true)), strlen(hash_pbkdf2('sha512', 'pw', 'sa', 3, 100)));
var_dump(hash_pbkdf2('sha384', '', '', 5, 0), hash_pbkdf2('SHA224', 'x', 'y', 2));
try { hash_pbkdf2('sha256', 'p', 's', 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_pbkdf2('sha256', 'p', 's', 1, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_pbkdf2('crc32', 'p', 's', 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { hash_pbkdf2('nope', 'p', 's', 1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
string(32) "bbd3a109af9a13f3fb52832f773dea71"
string(40) "244e426bd302bcee68198cee0c104f9f2bb5bcd3"
bool(false)
hash_hmac_file(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
string(32) "632c2812e46d4604102ba7618e9d6d7d"
string(64) "632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb3"
string(20) "0c60c80f961f0e71f3a9"
string(40) "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"
bool(true)
int(10)
string(7) "8c5551e"
string(20) "c3a5e3690434ed96eb2b"
int(100)
string(96) "956a97c290669cfe4b3d30ed539426ad79213f68e3ab13365a692cac3add9709257393495a1330d54414717d51943493"
string(56) "578acac8c81c002be82303c34fe4d08425b39be2054a2607c85cc4f1"
hash_pbkdf2(): Argument #4 ($iterations) must be greater than 0
hash_pbkdf2(): Argument #5 ($length) must be greater than or equal to 0
hash_pbkdf2(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
hash_pbkdf2(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
