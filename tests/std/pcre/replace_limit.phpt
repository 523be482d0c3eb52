--TEST--
limit and count with multiple subjects
--FILE--
<?php
var_dump(preg_replace('/o/', '0', 'foo boo', 1));
var_dump(preg_replace('/o/', '0', ['foo', 'boo'], 1, $c), $c);
var_dump(preg_replace('/o/', '0', 'foo', 0, $c), $c);
var_dump(preg_replace('/^/m', '> ', "a\nb\n"));
var_dump(preg_replace('/$/m', ';', "a\nb"));
--EXPECT--
string(7) "f0o boo"
array(2) {
  [0]=>
  string(3) "f0o"
  [1]=>
  string(3) "b0o"
}
int(2)
string(3) "foo"
int(0)
string(8) "> a
> b
"
string(5) "a;
b;"
