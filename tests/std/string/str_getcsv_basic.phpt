--TEST--
str_getcsv with enclosures, escapes, separators and errors
--FILE--
<?php
$cases = ['a,b,c', 'a,"b,c",d', 'a,"b ""q"" c",d', '', ' ', 'a,', ',', '"a"b,c', '"unterminated,x', 'a,"b\"c",d', "a,b\r\n", "a,\"b\nc\"\n", '  "x" ,y', "x\ty", 'a;b;"c;d"', '"a""', '"', '""', 'a,"",b', "\"a\r\n", 'x,"y\\\\",z', "a\0b,c"];
foreach ($cases as $c) {
    echo json_encode($c), " => ", json_encode(str_getcsv($c, ",", '"', "\\")), " | ", json_encode(str_getcsv($c, ";", "'", "")), "\n";
}
var_dump(str_getcsv("a,b"));
foreach ([["a", "ab"], ["a", ",", ""], ["a", ",", '"', "xy"]] as $args) { try { str_getcsv(...$args); } catch (\Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
--EXPECTF--
"a,b,c" => ["a","b","c"] | ["a,b,c"]
"a,\"b,c\",d" => ["a","b,c","d"] | ["a,\"b,c\",d"]
"a,\"b \"\"q\"\" c\",d" => ["a","b \"q\" c","d"] | ["a,\"b \"\"q\"\" c\",d"]
"" => [null] | [null]
" " => [" "] | [" "]
"a," => ["a",""] | ["a,"]
"," => ["",""] | [","]
"\"a\"b,c" => ["ab","c"] | ["\"a\"b,c"]
"\"unterminated,x" => ["unterminated,x"] | ["\"unterminated,x"]
"a,\"b\\\"c\",d" => ["a","b\\\"c","d"] | ["a,\"b\\\"c\",d"]
"a,b\r\n" => ["a","b"] | ["a,b"]
"a,\"b\nc\"\n" => ["a","b\nc"] | ["a,\"b\nc\""]
"  \"x\" ,y" => ["x ","y"] | ["  \"x\" ,y"]
"x\ty" => ["x\ty"] | ["x\ty"]
"a;b;\"c;d\"" => ["a;b;\"c;d\""] | ["a","b","\"c","d\""]
"\"a\"\"" => ["a\""] | ["\"a\"\""]
"\"" => [""] | ["\""]
"\"\"" => [""] | ["\"\""]
"a,\"\",b" => ["a","","b"] | ["a,\"\",b"]
"\"a\r\n" => ["a\r\n"] | ["\"a"]
"x,\"y\\\\\",z" => ["x","y\\\\","z"] | ["x,\"y\\\\\",z"]
"a\u0000b,c" => ["a\u0000b","c"] | ["a\u0000b,c"]

Deprecated: str_getcsv(): the $escape parameter must be provided as its default value will change in %s on line 6
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
ValueError: str_getcsv(): Argument #2 ($separator) must be a single character
ValueError: str_getcsv(): Argument #3 ($enclosure) must be a single character
ValueError: str_getcsv(): Argument #4 ($escape) must be empty or a single character
