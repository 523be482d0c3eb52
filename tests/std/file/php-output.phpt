--TEST--
php://output goes through output buffering
--FILE--
<?php
$o = fopen('php://output', 'w');
echo "a\n";
fwrite($o, "b\n");
ob_start();
fwrite($o, "buffered\n");
$x = ob_get_clean();
var_dump($x);
fputs($o, "c\n");
fclose($o);
echo "d\n";
--EXPECT--
a
b
string(9) "buffered
"
c
d
