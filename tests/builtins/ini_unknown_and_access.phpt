--TEST--
ini_get of a -d key PHP has no directive for, and ini_set of system/perdir directives
--INI--
foo.bar=1
--FILE--
<?php var_dump(ini_get("foo.bar"), ini_set("foo.bar", "2"), ini_set("allow_url_fopen", "0"), ini_get("allow_url_fopen"), ini_set("output_buffering", "1"), ini_set("display_errors", "0"), ini_get("display_errors"));
--EXPECT--
bool(false)
bool(false)
bool(false)
string(1) "1"
bool(false)
string(1) "1"
string(1) "0"
