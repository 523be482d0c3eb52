--TEST--
pack/unpack with counts past the int range: atoi's wrap and * in pack (warnings in PHP's order), unpack's integer overflow warning; no crash
--FILE--
<?php
foreach (['pack("x99999999999999999999")', 'pack("N9999999999", 1)', 'unpack("a99999999999", "abc")', 'unpack("N99999999999", "abcd")', 'unpack("@99999999999/C", "a")', 'pack("X*x*")', 'unpack("C2147483647", "ab")'] as $c) {
  echo $c, " => ";
  try { $r = eval("return $c;"); echo is_string($r) ? strlen($r) : json_encode($r), "\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
--EXPECTF--
pack("x99999999999999999999") => 
Warning: pack(): Type x: '*' ignored in %s(4) : eval()'d code on line 1
1
pack("N9999999999", 1) => ValueError: Type N: too few arguments
unpack("a99999999999", "abc") => 
Warning: unpack(): Type a: integer overflow in %s(4) : eval()'d code on line 1
false
unpack("N99999999999", "abcd") => 
Warning: unpack(): Type N: integer overflow in %s(4) : eval()'d code on line 1
false
unpack("@99999999999/C", "a") => 
Warning: unpack(): Type @: integer overflow in %s(4) : eval()'d code on line 1
false
pack("X*x*") => 
Warning: pack(): Type X: '*' ignored in %s(4) : eval()'d code on line 1

Warning: pack(): Type x: '*' ignored in %s(4) : eval()'d code on line 1

Warning: pack(): Type X: outside of string in %s(4) : eval()'d code on line 1
1
unpack("C2147483647", "ab") => 
Warning: unpack(): Type C: not enough input values, need 1 values but only 0 were provided in %s(4) : eval()'d code on line 1
false
