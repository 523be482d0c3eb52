--TEST--
complex {$...} interpolation with expressions
--FILE--
<?php
$a = ['x' => ['y' => 'deep']]; $o = new stdClass; $o->list = [1, 2, 3]; $o->inner = new stdClass; $o->inner->name = 'in';
$k = 'x';
echo "{$a['x']['y']} {$a[$k]['y']} {$o->list[1]} {$o->inner->name}\n";
$fn = fn($v) => $v * 2;
$var = 'name'; $name = 'dyn';
echo "${var}\n";
echo "{$fn(21)}\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 7
deep deep 2 in
name
42
