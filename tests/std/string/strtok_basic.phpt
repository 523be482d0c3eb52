--TEST--
strtok walks a string by delimiter sets and keeps its state
--FILE--
<?php
$tok = strtok("This is\tan example\nstring", " \n\t");
while ($tok !== false) { echo "[$tok]"; $tok = strtok(" \n\t"); }
echo "\n";
var_dump(strtok("/a//b/", "/"), strtok("/"), strtok("/"), strtok("/"));
var_dump(strtok("abc", ""), strtok(""));
var_dump(strtok("x"));
var_dump(strtok("a,b", ","), strtok(",", null), strtok(","));
var_dump(strtok(",,,", ","), strtok("k"));
var_dump(strtok("", ","));
--EXPECTF--
[This][is][an][example][string]
string(1) "a"
string(1) "b"
bool(false)
bool(false)
string(3) "abc"
bool(false)
bool(false)
string(1) "a"
string(1) "b"
bool(false)

Warning: strtok(): Both arguments must be provided when starting tokenization in %s on line 9
bool(false)
bool(false)
bool(false)
