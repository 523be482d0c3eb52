--TEST--
print_r and (array) of a WeakMap
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass;
$m[$a] = 'v';
print_r($m); echo "\n";
var_dump((array)$m);
--EXPECT--
WeakMap Object
(
    [0] => Array
        (
            [key] => stdClass Object
                (
                )

            [value] => v
        )

)

array(0) {
}
