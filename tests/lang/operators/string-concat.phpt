--TEST--
concatenation with numbers, bools, null and floats
--FILE--
<?php
echo "a" . 1 . 2.5 . true . false . null . "|", "\n";
echo 1 . 1, "\n";
echo -1.0 . "", "|", 1e100 . "", "|", 0.00001 . "", "\n";
$s = "x"; $s .= "y"; $s .= 3; var_dump($s);
--EXPECT--
a12.51|
11
-1|1.0E+100|1.0E-5
string(3) "xy3"
