--TEST--
get_resources lists live resources by number and type
--FILE--
<?php
var_dump(get_resources());
$f = fopen('php://memory', 'r+'); $d = opendir(sys_get_temp_dir());
var_dump(get_resources('stream'));
fclose($f);
var_dump(get_resources('Unknown'), count(get_resources()));
unset($f);
var_dump(get_resources());
closedir($d);
var_dump(get_resources(null), get_resources('nothing'));
--EXPECTF--
array(3) {
  [1]=>
  resource(1) of type (stream)
  [2]=>
  resource(2) of type (stream)
  [3]=>
  resource(3) of type (stream)
}
array(5) {
  [1]=>
  resource(1) of type (stream)
  [2]=>
  resource(2) of type (stream)
  [3]=>
  resource(3) of type (stream)
  [5]=>
  resource(5) of type (stream)
  [6]=>
  resource(6) of type (stream)
}
array(1) {
  [5]=>
  resource(5) of type (Unknown)
}
int(6)
array(5) {
  [1]=>
  resource(1) of type (stream)
  [2]=>
  resource(2) of type (stream)
  [3]=>
  resource(3) of type (stream)
  [4]=>
  resource(4) of type (stream-context)
  [6]=>
  resource(6) of type (stream)
}

Fatal error: Uncaught ValueError: get_resources(): Argument #1 ($type) must be a valid resource type in %s:10
Stack trace:
#0 %s(10): get_resources('nothing')
#1 {main}
  thrown in %s on line 10
--EXPECT_EXIT--
255
