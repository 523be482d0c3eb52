--TEST--
implode and join with mixed values and errors
--FILE--
<?php
var_dump(implode(", ", [1, 2.5, true, false, null, "x"]), implode(["a", "b"]), join("-", ["k" => "v", "w"]), implode(",", []));
try { implode([1, 2], ","); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { implode("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { implode("x", "y"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(implode(",", [[1], 2]));
class T { function __toString(): string { return "T!"; } }
var_dump(implode(new T, [1, 2]), implode(",", [new T, 0.1 + 0.2]));
--EXPECTF--
string(16) "1, 2.5, 1, , , x"
string(2) "ab"
string(3) "v-w"
string(0) ""
implode(): Argument #1 ($separator) must be of type string, array given
implode(): If argument #1 ($separator) is of type string, argument #2 ($array) must be of type array, null given
implode(): Argument #2 ($array) must be of type ?array, string given

Warning: Array to string conversion in %s on line 6
string(7) "Array,2"
string(4) "1T!2"
string(6) "T!,0.3"
