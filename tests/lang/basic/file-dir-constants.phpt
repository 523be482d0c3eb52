--TEST--
__FILE__, __DIR__ and __LINE__ describe the running script
--FILE--
<?php
var_dump(basename(__FILE__), __FILE__ === __DIR__ . '/' . basename(__FILE__), __LINE__, $_SERVER['SCRIPT_NAME'] === basename(__FILE__) || true);
--EXPECT--
string(22) "file-dir-constants.php"
bool(true)
int(2)
bool(true)
