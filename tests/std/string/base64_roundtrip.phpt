--TEST--
base64_encode and base64_decode in lenient and strict mode
--FILE--
<?php
foreach (["", "f", "fo", "foo", "foob", "fooba", "foobar", "\x00\xff\xfe"] as $s) { echo base64_encode($s), " "; }
echo "\n";
var_dump(base64_decode("Zm9vYmFy"), base64_decode("Zm9v\nYmFy"), base64_decode("Zm9v!YmFy"), base64_decode("Zm9v!YmFy", true), base64_decode("Zm9v YmFy", true), base64_decode("QQ", true), base64_decode("QQ=", true), base64_decode("QQ==", true), base64_decode("QQ===", true), base64_decode("Q", true), base64_decode("QQ==QQ", true), bin2hex(base64_decode("QQ==QQ")), base64_decode("Q\tQ\r=\n=", true), base64_decode("QU=JD"), base64_decode("QU=JD", true), base64_decode(""), base64_decode("====", true));
--EXPECT--
 Zg== Zm8= Zm9v Zm9vYg== Zm9vYmE= Zm9vYmFy AP/+ 
string(6) "foobar"
string(6) "foobar"
string(6) "foobar"
bool(false)
string(6) "foobar"
string(1) "A"
bool(false)
string(1) "A"
bool(false)
bool(false)
bool(false)
string(6) "410410"
string(1) "A"
string(3) "ABC"
bool(false)
string(0) ""
bool(false)
