--TEST--
Folding a float into a string uses the precision setting
--INI--
precision=5
--FILE--
<?php
echo "x" . 3.14159265, " ", "y" . M_PI, " ", 1/3 . "", "\n";
--EXPECT--
x3.1416 y3.1416 0.33333
