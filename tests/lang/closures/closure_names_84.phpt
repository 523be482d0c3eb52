--TEST--
closures are named as PHP 8.4 names them ({closure:where:line}) in __FUNCTION__, errors, traces and print_r
--FILE--
<?php
class C { function m() { $f = function ($x) { return __METHOD__ . "|" . __FUNCTION__; }; echo $f(1), "\n"; $g = function (int $x) {}; try { $g("a"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; } } }
(new C)->m();
$h = function (int $x) {};
try { $h("a"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function outer() { $k = function () { throw new Exception("x"); }; $k(); }
try { outer(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
print_r(function () {}); echo "\n";
--EXPECTF--
{closure:C::m():2}|{closure:C::m():2}
C::{closure:C::m():2}(): Argument #1 ($x) must be of type int, string given, called in %s on line 2
{closure:%s:4}(): Argument #1 ($x) must be of type int, string given, called in %s on line 5
#0 %s(6): {closure:outer():6}()
#1 %s(7): outer()
#2 {main}
Closure Object
(
    [name] => {closure:%s:8}
    [file] => %s
    [line] => 8
)

