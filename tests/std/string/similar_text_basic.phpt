--TEST--
similar_text and its percentage
--FILE--
<?php
var_dump(similar_text("World", "Word"), similar_text("Hello", "World", $p), $p, similar_text("", "", $p), $p, similar_text("abcdef", "fedcba", $p), $p, similar_text("PHP IS GREAT", "WITH MYSQL", $p), $p);
--EXPECT--
int(4)
int(1)
float(20)
int(0)
float(0)
int(1)
float(16.666666666666668)
int(3)
float(27.272727272727273)
