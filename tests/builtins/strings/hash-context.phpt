--TEST--
hash_init/hash_update/hash_update_file/hash_update_stream/hash_final/hash_copy, HMAC contexts, finalised contexts, clone, PHP's errors
--FILE--
<?php
$c = hash_init('sha256'); var_dump($c);
hash_update($c, "hello "); hash_update($c, "world");
$d = hash_copy($c);
echo hash_final($c), "\n", hash('sha256', 'hello world'), "\n";
hash_update($d, "!"); echo hash_final($d), "\n";
try { hash_update($c, "x"); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$h = hash_init('md5', HASH_HMAC, 'key'); hash_update($h, 'data'); echo hash_final($h), " ", hash_hmac('md5', 'data', 'key'), "\n";
try { hash_init('nope'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { hash_init('md5', HASH_HMAC); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { hash_init('crc32', HASH_HMAC, 'k'); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$c = hash_init('sha1'); echo strlen(hash_final($c, true)), "\n";
var_dump(HASH_HMAC, get_class(hash_init('md5')));
$f = sys_get_temp_dir() . '/memphis_hi_' . getmypid(); file_put_contents($f, "file data");
$c = hash_init('md5'); var_dump(hash_update_file($c, $f)); echo hash_final($c), " ", md5("file data"), "\n";
$s = fopen($f, 'r'); $c = hash_init('md5'); var_dump(hash_update_stream($c, $s, 4)); echo hash_final($c), " ", md5("file"), "\n";
unlink($f);
try { $x = clone hash_init('md5'); echo "cloned\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { serialize(hash_init('md5')); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new HashContext; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
object(HashContext)#1 (1) {
  ["algo"]=>
  string(6) "sha256"
}
b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
7509e5bda0c762d2bac7f90d758b5b2263fa01ccbc542ab5e3df163be08e6ca9
TypeError: hash_update(): Argument #1 ($context) must be a valid, non-finalized HashContext
9d5c73ef85594d34ec4438b7c97e51d8 9d5c73ef85594d34ec4438b7c97e51d8
ValueError: hash_init(): Argument #1 ($algo) must be a valid hashing algorithm
ValueError: hash_init(): Argument #3 ($key) must not be empty when HMAC is requested
ValueError: hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested
20
int(1)
string(11) "HashContext"
bool(true)
6ef7c14ddb5cac8c4a560afb698e0bba 6ef7c14ddb5cac8c4a560afb698e0bba
int(4)
8c7dd922ad47494fc02c388e12c00eac 8c7dd922ad47494fc02c388e12c00eac
cloned
Error: Call to private HashContext::__construct() from global scope
