--TEST--
arrays and objects that contain themselves
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
var_dump(json_encode($o), json_last_error_msg());
var_dump(json_encode($o, JSON_PARTIAL_OUTPUT_ON_ERROR));
class R implements JsonSerializable { public function jsonSerialize(): mixed { return $this; } public $p = 1; }
var_dump(json_encode(new R));
--EXPECT--
bool(false)
string(18) "Recursion detected"
string(13) "{"self":null}"
string(7) "{"p":1}"
