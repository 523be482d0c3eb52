--TEST--
is_*() and count() compiled to instructions, on every kind of value
--FILE--
<?php
// is_*() and count() compiled to instructions, on every kind of value, variables and temporaries.
$vals = [null, true, 0, 1.5, "s", [1, 2], new stdClass, STDIN];
foreach ($vals as $v) {
    echo gettype($v), ": ", (int) is_null($v), (int) is_bool($v), (int) is_int($v), (int) is_float($v),
        (int) is_string($v), (int) is_array($v), (int) is_object($v), (int) is_resource($v), (int) is_scalar($v), "\n";
}
function f() { return [1, 2, 3]; }
var_dump(count(f()), count([]), is_array(f()), is_int(count(f())));
$r = [1]; $ref = &$r;
var_dump(count($ref), is_array($ref));
var_dump(is_null($undefined));
try { count(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class C implements Countable { function count(): int { return 7; } }
var_dump(count(new C));
fclose(STDIN);
var_dump(is_resource(STDIN));
--EXPECTF--
NULL: 100000000
boolean: 010000001
integer: 001000001
double: 000100001
string: 000010001
array: 000001000
object: 000000100
resource: 000000010
int(3)
int(0)
bool(true)
bool(true)
int(1)
bool(true)

Warning: Undefined variable $undefined in %s on line 12
bool(true)
count(): Argument #1 ($value) must be of type Countable|array, int given
int(7)
bool(false)
