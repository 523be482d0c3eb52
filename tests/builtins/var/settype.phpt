--TEST--
settype and the resulting values
--FILE--
<?php
$v = "123abc"; settype($v, "integer"); var_dump($v);
$v = 1; settype($v, "array"); var_dump($v);
$v = "1.5"; settype($v, "float"); var_dump($v);
$v = 0; settype($v, "bool"); var_dump($v);
$v = 5; settype($v, "string"); var_dump($v);
$v = 5; settype($v, "null"); var_dump($v);
try { settype($v, "nope"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(123)
array(1) {
  [0]=>
  int(1)
}
float(1.5)
bool(false)
string(1) "5"
NULL
settype(): Argument #2 ($type) must be a valid type
