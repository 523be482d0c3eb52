--TEST--
array_replace and array_replace_recursive
--FILE--
<?php
print_r(array_replace([1, 2, 3], [1 => 'b'], [3 => 'd']));
print_r(array_replace_recursive(['a' => [1, 2, 3], 'b' => 1], ['a' => [1 => 'x'], 'b' => [2]]));
--EXPECT--
Array
(
    [0] => 1
    [1] => b
    [2] => 3
    [3] => d
)
Array
(
    [a] => Array
        (
            [0] => 1
            [1] => x
            [2] => 3
        )

    [b] => Array
        (
            [0] => 2
        )

)
