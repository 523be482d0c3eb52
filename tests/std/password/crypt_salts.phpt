--TEST--
crypt(): malformed and failing salts give PHP's *0 / *1
--FILE--
<?php
foreach (["ab", "./", "a", "", "a:", "*0", "*1", "_J9..CCCC", "_J9..", "_.......", "~\xff", "ab\$c", "\$2y\$04\$short", "\$1\$", "\$5\$rounds=999\$x", "\$3\$x", "CCNf8Sbh3HDfQ"] as $s) {
    echo json_encode($s), " => ", json_encode(@crypt("password", $s)), "\n";
}
echo crypt("U*U*U*U*", "_J9..CCCC"), " ", crypt("", "SD"), " ", crypt("pass", "a_"), "\n";
echo crypt("secret", "ab"), "\n";
try { crypt("x"); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
echo crypt("x", "a"), "|\n";
--EXPECT--
"ab" => "abJnggxhB\/yWI"
".\/" => ".\/xZjzHv5vzVE"
"a" => "*0"
"" => "*0"
"a:" => "*0"
"*0" => "*1"
"*1" => "*0"
"_J9..CCCC" => "_J9..CCCC.MOp\/ZbelpA"
"_J9.." => "*0"
"_......." => "*0"
 => "*0"
"ab$c" => "abJnggxhB\/yWI"
"$2y$04$short" => "*0"
"$1$" => "$1$$I2o9Z7NcvQAKp7wyCTlia0"
"$5$rounds=999$x" => "*0"
"$3$x" => "*0"
"CCNf8Sbh3HDfQ" => "CC1pSQMFkUSCo"
_J9..CCCCXBrJUJV154M SDbsugeBiC58A *0
abNANd1rDfiNc
crypt() expects exactly 2 arguments, 1 given
*0|
