--TEST--
getopt: short and long options, required and optional values, repeats, unknown options, stopping at a non-option, rest_index
--ARGS--
-a -b val -cX -d -d --long --req=1 --req 2 --opt --opt=5 --opt= -q --unknown rest more
--FILE--
<?php
$r = null;
var_dump(getopt("ab:c::d", ["long", "req:", "opt::", "x"], $r), $r);
--EXPECT--
array(7) {
  ["a"]=>
  bool(false)
  ["b"]=>
  string(3) "val"
  ["c"]=>
  string(1) "X"
  ["d"]=>
  array(2) {
    [0]=>
    bool(false)
    [1]=>
    bool(false)
  }
  ["long"]=>
  bool(false)
  ["req"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["opt"]=>
  array(2) {
    [0]=>
    bool(false)
    [1]=>
    string(1) "5"
  }
}
int(16)
