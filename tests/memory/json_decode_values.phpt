--TEST--
values built by json_decode
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$json = '{"name":"memphis","tags":["a","bb","ccc"],"n":42,"nested":{"x":1.5,"y":[1,2,3]}}';
$b = mem();
$arr = json_decode($json, true);
echo "as arrays: ", mem() - $b, "\n";
$b = mem();
$obj = json_decode($json);
echo "as objects: ", mem() - $b, "\n";
$b = mem();
$enc = json_encode($arr);
echo "json_encode: ", mem() - $b, "\n";
--EXPECT--
start
as arrays: 1504
as objects: 1584
json_encode: 112
