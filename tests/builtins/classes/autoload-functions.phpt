--TEST--
spl_autoload_functions and spl_autoload_unregister
--FILE--
<?php
// spl_autoload_functions() lists the loaders in calling order; unregister removes one.
$a = function ($c) { echo "a: $c\n"; };
$b = function ($c) { echo "b: $c\n"; };
function named_loader($c) { echo "named: $c\n"; }
spl_autoload_register($a);
spl_autoload_register($b, true, true);
spl_autoload_register('named_loader');
var_dump(count(spl_autoload_functions()), spl_autoload_functions()[0] === $b, spl_autoload_functions()[2]);
class_exists('X1');
var_dump(spl_autoload_unregister($b), spl_autoload_unregister($b), count(spl_autoload_functions()));
var_dump(spl_autoload_unregister('named_loader'));
class_exists('X2');
--EXPECT--
int(3)
bool(true)
string(12) "named_loader"
b: X1
a: X1
named: X1
bool(true)
bool(false)
int(2)
bool(true)
a: X2
