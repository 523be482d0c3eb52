--TEST--
hash, hash_hmac, hash_equals with common algorithms
--FILE--
<?php
var_dump(hash("md5", "abc"), hash("SHA1", "abc"), hash("sha256", "abc"), hash("sha224", "abc"), hash("sha384", "abc"), hash("sha512", "abc"), hash("crc32b", "abc"), hash("crc32", "abc"), bin2hex(hash("sha256", "", true)), hash("sha256", str_repeat("x", 200)), hash("sha512", str_repeat("y", 300)));
var_dump(hash_hmac("sha256", "data", "key"), hash_hmac("md5", "data", str_repeat("k", 100)), hash_hmac("sha1", "", ""), hash_hmac("sha512", "msg", "secret"), strlen(hash_hmac("sha256", "a", "b", true)));
try { hash("nope", "x"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { hash_hmac("crc32b", "x", "k"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(hash_equals("abc", "abc"), hash_equals("abc", "abd"), hash_equals("abc", "ab"), in_array("sha256", hash_algos()));
try { hash_equals(1, "abc"); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { hash_equals("abc", null); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
string(32) "900150983cd24fb0d6963f7d28e17f72"
string(40) "a9993e364706816aba3e25717850c26c9cd0d89d"
string(64) "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
string(56) "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"
string(96) "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
string(128) "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
string(8) "352441c2"
string(8) "73bb8c64"
string(64) "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
string(64) "aa20c23e3201834050679e1d88941b9a6fed0557c9a705cb2c315e2e63fd486d"
string(128) "510613dc6fc50e6f1b6f36841264bbf2f2654d9086949149c5e1358790df1f1aa8038eb7e9f80a39b1a027ea02f3412f041c840ecd7dc2d817e16e4ce17e6ea4"
string(64) "5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0"
string(32) "38a034384b6cbf08275f34dc859e6d6b"
string(40) "fbdb1d1b18aa6c08324b7d64b71fb76370690e1d"
string(128) "1cdab4bcf57d60fab5dee9af2e7f51e6b4910a7e371fb23dbf2b1ad803ccd0b5077e833fbd8cbfbf35e189bb88e0541ccf187a8c4bd6164026392adb579a002e"
int(32)
ValueError: hash(): Argument #1 ($algo) must be a valid hashing algorithm
ValueError: hash_hmac(): Argument #1 ($algo) must be a valid cryptographic hashing algorithm
bool(true)
bool(false)
bool(false)
bool(true)
TypeError: hash_equals(): Argument #1 ($known_string) must be of type string, int given
TypeError: hash_equals(): Argument #2 ($user_string) must be of type string, null given
