--TEST--
strings are byte strings: strlen counts bytes
--FILE--
<?php
$s = "héllo wörld";
var_dump(strlen($s), $s[1], bin2hex($s[1] . $s[2]), strtoupper($s));
--EXPECT--
int(13)
string(1) "�"
string(4) "c3a9"
string(13) "HéLLO WöRLD"
