--TEST--
session settings refused once output went out
--FILE--
<?php var_dump(ini_set("session.name", "X"), ini_get("session.name")); echo "x"; var_dump(ini_set("session.name", "Y"), ini_set("session.save_path", "/tmp"), ini_set("session.gc_maxlifetime", 5));
--EXPECTF--
string(9) "PHPSESSID"
string(1) "X"
x
Warning: ini_set(): Session ini settings cannot be changed after headers have already been sent in %s on line 1

Warning: ini_set(): Session ini settings cannot be changed after headers have already been sent in %s on line 1

Warning: ini_set(): Session ini settings cannot be changed after headers have already been sent in %s on line 1
bool(false)
bool(false)
bool(false)
