--TEST--
checkdate validates calendar dates
--FILE--
<?php
var_dump(checkdate(2, 29, 2024), checkdate(2, 29, 2023), checkdate(2, 29, 2000), checkdate(2, 29, 1900));
var_dump(checkdate(13, 1, 2020), checkdate(0, 1, 2020), checkdate(4, 31, 2020), checkdate(1, 1, 0), checkdate(1, 1, 32767), checkdate(1, 1, 32768));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
