--TEST--
is_* type predicates compiled to instructions
--FILE--
<?php
// is_* type predicates compiled to instructions: every kind, references, undefined variables,
// temporaries, closed resources, roots.
$vals = [null, true, 1, 1.5, "s", [1], new stdClass, STDIN, fopen('php://memory', 'r')];
fclose($vals[8]);
foreach ($vals as $v) {
    echo (int) is_null($v), (int) is_bool($v), (int) is_int($v), (int) is_integer($v), (int) is_long($v),
         (int) is_float($v), (int) is_double($v), (int) is_string($v), (int) is_array($v),
         (int) is_object($v), (int) is_resource($v), (int) is_scalar($v), "\n";
}
$a = [1, 2]; $r = &$a;
var_dump(is_array($r), is_null($undef), is_string(strtoupper("x")));
$o = new stdClass; $o->self = $o; $arr = [$o];
echo gc_status()['roots'], "\n";
for ($i = 0; $i < 3; $i++) { is_array($arr); is_object($o); }
echo gc_status()['roots'], "\n";
echo array_sum(array_map('is_int', [1, "2", 3])), "\n";
--EXPECTF--
100000000000
010000000001
001110000001
000001100001
000000010001
000000001000
000000000100
000000000010
000000000000

Warning: Undefined variable $undef in %s on line 12
bool(true)
bool(true)
bool(true)
2
2
2
