--TEST--
array_walk_recursive visits leaves only
--FILE--
<?php
$a = [1, [2, [3, 4]], 'k' => 5];
array_walk_recursive($a, function (&$v, $k) { $v = $v * 10; });
print_r($a);
--EXPECT--
Array
(
    [0] => 10
    [1] => Array
        (
            [0] => 20
            [1] => Array
                (
                    [0] => 30
                    [1] => 40
                )

        )

    [k] => 50
)
