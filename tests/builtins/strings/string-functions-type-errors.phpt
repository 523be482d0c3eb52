--TEST--
string functions reject arrays with TypeError messages
--FILE--
<?php
try { strlen([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { strtoupper(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(strlen(12345), strlen(1.5), strlen(true), strtoupper(null ?? ''));
--EXPECT--
strlen(): Argument #1 ($string) must be of type string, array given
strtoupper(): Argument #1 ($string) must be of type string, stdClass given
int(5)
int(3)
int(1)
string(0) ""
