--TEST--
strlen/count/sizeof compiled to instructions: traces, namespaces, Countable, errors
--FILE--
<?php
namespace App {
    // Unqualified in a namespace: an ordinary call (its frame shows); fully qualified: inline.
    function a($x) { return strlen($x); }
    function b($x) { return \strlen($x); }
    try { a([]); } catch (\TypeError $e) { echo $e->getTraceAsString(), "\n"; }
    try { b([]); } catch (\TypeError $e) { echo $e->getTraceAsString(), "\n"; }
}
namespace {
    // strlen/count/sizeof compiled to instructions: no frame of their own in traces.
    class C implements Countable { function count(): int { throw new Exception("in count"); } }
    try { count(new C); } catch (Exception $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
    try { sizeof("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
    var_dump(count([1, 2, [3]]), count([1, [2, 3]], COUNT_RECURSIVE), strlen("héllo"), strlen(12.5), count(new ArrayObject([1, 2])));
    $u = null; var_dump(@strlen($u));
    echo strlen($undefined), "\n";
}
--EXPECTF--
#0 %s(4): strlen(Array)
#1 %s(6): App\a(Array)
#2 {main}
#0 %s(7): App\b(Array)
#1 {main}
in count
#0 %s(12): C->count()
#1 {main}
sizeof(): Argument #1 ($value) must be of type Countable|array, string given
#0 {main}
int(3)
int(4)
int(6)
int(4)
int(2)
int(0)

Warning: Undefined variable $undefined in %s on line 16

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 16
0
