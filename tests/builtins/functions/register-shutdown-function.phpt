--TEST--
register_shutdown_function with arguments and multiple callbacks in order
--FILE--
<?php
register_shutdown_function(function ($a, $b) { echo "first $a $b\n"; }, 1, 2);
register_shutdown_function('printf', "second %s\n", 'x');
register_shutdown_function(function () { register_shutdown_function(fn() => print("nested registered\n")); echo "third\n"; });
echo "script\n";
--EXPECT--
script
first 1 2
second x
third
nested registered
