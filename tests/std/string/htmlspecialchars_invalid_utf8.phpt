--TEST--
invalid UTF-8 is substituted, ignored or empties the result
--FILE--
<?php
$bad = "a\x80b\xC3(c\xE2\x82d\xF0\x9F\x98e\xED\xA0\x80f\xC0\xAFg\xF4\x90\x80\x80h";
var_dump(bin2hex(htmlspecialchars($bad)), htmlspecialchars($bad, ENT_QUOTES), bin2hex(htmlspecialchars($bad, ENT_IGNORE)), bin2hex(htmlspecialchars($bad, ENT_QUOTES, "ISO-8859-1")), htmlspecialchars("ok \xF0\x9F\x98\x80 <"));
var_dump(htmlspecialchars("x", ENT_QUOTES, "bogus"));
--EXPECTF--
string(66) "61efbfbd62efbfbd2863efbfbd64efbfbd65efbfbd66efbfbdefbfbd67efbfbd68"
string(0) ""
string(18) "616228636465666768"
string(50) "618062c32863e28264f09f9865eda08066c0af67f490808068"
string(12) "ok 😀 &lt;"

Warning: htmlspecialchars(): Charset "bogus" is not supported, assuming UTF-8 in %s on line 4
string(1) "x"
