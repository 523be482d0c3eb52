--TEST--
preg_quote escapes special characters and the delimiter
--FILE--
<?php
var_dump(preg_quote("a.b*c?d+e(f)g[h]i{j}k=l!m<n>o|p:q-r#s/t\\u\0v^w\$x"));
var_dump(preg_quote('a/b#c', '/'), preg_quote('a/b#c', '#'), preg_quote('plain'), preg_quote(''));
$s = 'Hello (world) [1+1=2] $5.00?';
var_dump(preg_match('/' . preg_quote($s, '/') . '/', "x $s y"));
--EXPECT--
string(71) "a\.b\*c\?d\+e\(f\)g\[h\]i\{j\}k\=l\!m\<n\>o\|p\:q\-r\#s/t\\u\000v\^w\$x"
string(7) "a\/b\#c"
string(6) "a/b\#c"
string(5) "plain"
string(0) ""
int(1)
