--TEST--
deprecated utf8_encode/utf8_decode and lcg_value
--FILE--
<?php
var_dump(utf8_encode("caf\xe9 \x80\xff"), utf8_decode("café€ \xff\xc3 ok"), lcg_value() < 1.0);
--EXPECTF--

Deprecated: Function utf8_encode() is deprecated since 8.2, visit the php.net documentation for various alternatives in %s on line 2

Deprecated: Function utf8_decode() is deprecated since 8.2, visit the php.net documentation for various alternatives in %s on line 2

Deprecated: Function lcg_value() is deprecated since 8.4, use \Random\Randomizer::getFloat() instead in %s on line 2
string(10) "café ÿ"
string(11) "caf�? ?? ok"
bool(true)
