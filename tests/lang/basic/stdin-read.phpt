--TEST--
reading standard input with fgets and stream_get_contents
--STDIN--
line one
line two
line three
--FILE--
<?php
echo "first: ", fgets(STDIN);
$rest = stream_get_contents(STDIN);
var_dump($rest, feof(STDIN));
--EXPECT--
first: line one
string(20) "line two
line three
"
bool(true)
