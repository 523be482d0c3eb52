--TEST--
password_verify() of hashes PHP made (bcrypt $2y$/$2a$, Argon2i, Argon2id) and of hashes made here
--FILE--
<?php
// Hashes made by PHP 8.4 (bcrypt cost 5; Argon2i and Argon2id, 256 KiB, 2 passes, 2 lanes).
$hashes = [
    '$2y$05$PVgtsaNP56j3XgYcgUcO8OC2kfOKzGhTTxPWltTpFJ1fPLdx3y5Li',
    '$argon2i$v=19$m=256,t=2,p=2$YkdWR1JETURKZjVURGpCWg$NWZyoTDcn5jgo8Su/cCTyZddZ7n2bEjisq173IhSI1c',
    '$argon2id$v=19$m=256,t=2,p=2$SEgyNExnelAyYW8yWFNzUg$0sxZANHrI0pVBFbFdoODjby8bERLL9aQdG2Bz9CrLM4',
    '$2y$04$abcdefghijklmnopqrstuu2r9OfJnfCsdneAXAGHnS4UpFFP8WIrW',
    '$2a$04$abcdefghijklmnopqrstuu2r9OfJnfCsdneAXAGHnS4UpFFP8WIrW',
];
foreach ($hashes as $h) {
    var_dump(password_verify("pässwörd", $h), password_verify("secret", $h), password_verify("", $h));
    print_r(password_get_info($h));
}
var_dump(password_verify("x", "garbage"), password_verify("x", ""), password_verify("x", '$argon2id$v=19$m=8,t=1,p=1$$'));
// A hash made here verifies, and a wrong password does not.
foreach ([PASSWORD_DEFAULT, PASSWORD_ARGON2I, PASSWORD_ARGON2ID] as $a) {
    $h = password_hash("pw", $a, ["cost" => 4, "memory_cost" => 64, "time_cost" => 1]);
    var_dump(password_verify("pw", $h), password_verify("pW", $h), password_needs_rehash($h, $a, ["cost" => 4, "memory_cost" => 64, "time_cost" => 1]));
}
--EXPECT--
bool(true)
bool(false)
bool(false)
Array
(
    [algo] => 2y
    [algoName] => bcrypt
    [options] => Array
        (
            [cost] => 5
        )

)
bool(true)
bool(false)
bool(false)
Array
(
    [algo] => argon2i
    [algoName] => argon2i
    [options] => Array
        (
            [memory_cost] => 256
            [time_cost] => 2
            [threads] => 2
        )

)
bool(true)
bool(false)
bool(false)
Array
(
    [algo] => argon2id
    [algoName] => argon2id
    [options] => Array
        (
            [memory_cost] => 256
            [time_cost] => 2
            [threads] => 2
        )

)
bool(false)
bool(true)
bool(false)
Array
(
    [algo] => 2y
    [algoName] => bcrypt
    [options] => Array
        (
            [cost] => 4
        )

)
bool(false)
bool(true)
bool(false)
Array
(
    [algo] => 
    [algoName] => unknown
    [options] => Array
        (
        )

)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
