--TEST--
closure names in namespaces, nested closures and at top level
--FILE--
<?php
namespace Lib;
function make() { return fn($v) => __FUNCTION__; }
echo make()(1), "\n";
class Box { static function nest() { return function () { return function () { return __METHOD__; }; }; } }
echo Box::nest()()(), "\n";
$top = function () { return __FUNCTION__; };
echo basename($top()), "\n";
--EXPECT--
{closure:Lib\make():3}
{closure:{closure:Lib\Box::nest():5}:5}
closure_names_84_namespaced.php:7}
