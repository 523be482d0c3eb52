--TEST--
uniqid format and lcg_value range
--FILE--
<?php
$a = uniqid(); $b = uniqid();
var_dump(strlen($a), $a !== $b, (bool)preg_match('/^[0-9a-f]{13}$/', $a), strlen(uniqid("pre_")), (bool)preg_match('/^x[0-9a-f]{13}\.\d{8}$/', uniqid("x", true)));
--EXPECT--
int(13)
bool(true)
bool(true)
int(17)
bool(false)
