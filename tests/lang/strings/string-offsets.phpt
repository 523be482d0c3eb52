--TEST--
reading and writing string offsets, negative offsets
--FILE--
<?php
$s = "hello";
var_dump($s[0], $s[-1], $s[4]);
$s[0] = 'J'; $s[-1] = 'y'; var_dump($s);
$s[7] = '!'; var_dump($s);
echo $s[10] ?? "no offset 10", "\n";
--EXPECT--
string(1) "h"
string(1) "o"
string(1) "o"
string(5) "Jelly"
string(8) "Jelly  !"
no offset 10
