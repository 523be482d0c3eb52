--TEST--
ini comments at the end of the input
--FILE--
<?php
foreach (["a=;", "a=;x", "a=1;", "a=1 ;c", "a= ;c", "a=1\n;c", ";c", "a=;\n", "[s];c", "a=\"x\";c", "a=x;\nb=2", "a=;x\nb=2"] as $c) { echo json_encode($c), " => ", json_encode(@parse_ini_string($c)), " ", json_encode(@parse_ini_string($c, false, 1)), "\n"; }
--EXPECT--
"a=;" => false false
"a=;x" => false false
"a=1;" => {"a":"1"} {"a":"1"}
"a=1 ;c" => {"a":"1"} {"a":"1"}
"a= ;c" => false false
"a=1\n;c" => {"a":"1"} {"a":"1"}
";c" => [] []
"a=;\n" => {"a":""} {"a":""}
"[s];c" => [] []
"a=\"x\";c" => {"a":"x"} {"a":"x"}
"a=x;\nb=2" => {"a":"x","b":"2"} {"a":"x","b":"2"}
"a=;x\nb=2" => {"a":"","b":"2"} {"a":"","b":"2"}
