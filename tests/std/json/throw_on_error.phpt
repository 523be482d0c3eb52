--TEST--
JSON_THROW_ON_ERROR throws JsonException with the error code
--FILE--
<?php
try { json_encode(NAN, JSON_THROW_ON_ERROR); } catch (JsonException $e) { var_dump(get_class($e), $e->getMessage(), $e->getCode()); }
try { json_decode("{", false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { var_dump($e->getMessage(), $e->getCode()); }
try { json_decode("[[1]]", true, 1, JSON_THROW_ON_ERROR); } catch (JsonException $e) { var_dump($e->getMessage(), $e->getCode()); }
json_decode("{");
try { json_decode("[", false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo "caught\n"; }
var_dump(json_last_error());
var_dump(json_decode("[1]", true, 512, JSON_THROW_ON_ERROR));
--EXPECT--
string(13) "JsonException"
string(34) "Inf and NaN cannot be JSON encoded"
int(7)
string(12) "Syntax error"
int(4)
string(28) "Maximum stack depth exceeded"
int(1)
caught
int(4)
array(1) {
  [0]=>
  int(1)
}
