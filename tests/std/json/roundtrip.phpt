--TEST--
encode then decode gives back equal data
--FILE--
<?php
$data = ['int' => 1, 'float' => 1.25, 'str' => "é\"\n", 'bool' => false, 'null' => null, 'list' => [1, [2, [3]]], 'map' => ['k' => 'v']];
$json = json_encode($data);
echo $json, "\n";
var_dump(json_decode($json, true) === $data);
echo json_encode(json_decode($json)), "\n";
--EXPECT--
{"int":1,"float":1.25,"str":"\u00e9\"\n","bool":false,"null":null,"list":[1,[2,[3]]],"map":{"k":"v"}}
bool(true)
{"int":1,"float":1.25,"str":"\u00e9\"\n","bool":false,"null":null,"list":[1,[2,[3]]],"map":{"k":"v"}}
