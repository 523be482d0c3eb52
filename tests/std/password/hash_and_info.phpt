--TEST--
password_hash(): bcrypt and Argon2 formats, options, errors; password_get_info, password_needs_rehash, password_algos
--FILE--
<?php
try { password_hash("a\0b", PASSWORD_BCRYPT); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$h = password_hash(str_repeat("x", 80), PASSWORD_BCRYPT, ["cost" => 4]); echo substr($h, 0, 7), "\n";
var_dump(password_verify(str_repeat("x", 72), $h));
$h = password_hash("pw", PASSWORD_BCRYPT, ["cost" => 4, "salt" => "0123456789012345678901"]); echo substr($h,0,7), "\n";
try { password_hash("x", PASSWORD_BCRYPT, ["cost" => 32]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$a = password_hash("pw", PASSWORD_ARGON2ID); echo preg_replace('/\$[^$]*$/', '$H', preg_replace('/\$[A-Za-z0-9+\/]{22}\$/', '$S$', $a)), " ", strlen($a), "\n";
var_dump(password_verify("pw", $a), password_verify("px", $a));
print_r(password_get_info($a));
$b = password_hash("pw", PASSWORD_ARGON2I, ["memory_cost" => 1024, "time_cost" => 2, "threads" => 1]); echo preg_replace('/\$[^$]*\$[^$]*$/', '', $b), "\n";
var_dump(password_needs_rehash($b, PASSWORD_ARGON2I), password_needs_rehash($b, PASSWORD_ARGON2I, ["memory_cost" => 1024, "time_cost" => 2]));
try { password_hash("x", PASSWORD_ARGON2I, ["memory_cost" => 1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { password_hash("x", PASSWORD_ARGON2I, ["time_cost" => 0]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { password_hash("x", PASSWORD_ARGON2I, ["threads" => 0]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(password_hash("x", null, ["cost"=>4]) !== "", password_verify("x", "garbage"), password_verify("x", ""));
var_dump(PASSWORD_ARGON2I, PASSWORD_ARGON2ID, PASSWORD_ARGON2_DEFAULT_MEMORY_COST, PASSWORD_ARGON2_DEFAULT_TIME_COST, PASSWORD_ARGON2_DEFAULT_THREADS, PASSWORD_ARGON2_PROVIDER);
var_dump(password_needs_rehash("garbage", PASSWORD_DEFAULT), password_needs_rehash('$2y$04$abcdefghijklmnopqrstuu2r9OfJnfCsdneAXAGHnS4UpFFP8WIrW', PASSWORD_BCRYPT, ["cost"=>4]));
var_dump(password_verify("secret", '$2y$04$abcdefghijklmnopqrstuu2r9OfJnfCsdneAXAGHnS4UpFFP8WIrW'));
var_dump(password_verify("secret", '$2a$04$abcdefghijklmnopqrstuu2r9OfJnfCsdneAXAGHnS4UpFFP8WIrW'));
print_r(password_get_info('$2y$04$abcdefghijklmnopqrstuu2r9OfJnfCsdneAXAGHnS4UpFFP8WIrW'));
try { password_hash("x", 7); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(strlen(password_hash("x", 1, ["cost"=>4])));
--EXPECTF--
ValueError: Bcrypt password must not contain null character
$2y$04$
bool(true)

Warning: password_hash(): The "salt" option has been ignored, since providing a custom salt is no longer supported in %s on line 5
$2y$04$
Invalid bcrypt cost parameter specified: 32
$argon2id$v=19$m=65536,t=4,p=1$S$H 97
bool(true)
bool(false)
Array
(
    [algo] => argon2id
    [algoName] => argon2id
    [options] => Array
        (
            [memory_cost] => 65536
            [time_cost] => 4
            [threads] => 1
        )

)
$argon2i$v=19$m=1024,t=2,p=1
bool(true)
bool(false)
Memory cost is outside of allowed memory range
Time cost is outside of allowed time range
Invalid number of threads
bool(true)
bool(false)
bool(false)
string(7) "argon2i"
string(8) "argon2id"
int(65536)
int(4)
int(1)
string(8) "standard"
bool(true)
bool(false)
bool(true)
bool(true)
Array
(
    [algo] => 2y
    [algoName] => bcrypt
    [options] => Array
        (
            [cost] => 4
        )

)
password_hash(): Argument #2 ($algo) must be a valid password hashing algorithm
int(60)
