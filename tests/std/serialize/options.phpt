--TEST--
allowed_classes and max_depth options
--FILE--
<?php
class A { public $p = 1; }
$s = serialize([new A, new stdClass]);
var_dump(get_class(unserialize($s)[0]));
var_dump(get_class(unserialize($s, ['allowed_classes' => ['stdClass']])[1]));
var_dump(unserialize(serialize([[[1]]]), ['max_depth' => 2]));
var_dump(unserialize(serialize([[1]]), ['max_depth' => 2]));
try { unserialize('i:1;', ['max_depth' => -1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(1) "A"
string(8) "stdClass"

Warning: unserialize(): Maximum depth of 2 exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting in %s on line 6

Warning: unserialize(): Error at offset 23 of 34 bytes in %s on line 6
bool(false)
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}
unserialize(): Option "max_depth" must be greater than or equal to 0
