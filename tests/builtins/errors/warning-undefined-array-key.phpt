--TEST--
Warning: Undefined array key for int and string keys
--FILE--
<?php
$a = [1];
echo $a[5], "\n";
echo $a["name"], "\n";
$s = ['k' => 1];
echo $s['K'] ?? 'no warning with ??', "\n";
--EXPECTF--

Warning: Undefined array key 5 in %s on line 3


Warning: Undefined array key "name" in %s on line 4

no warning with ??
