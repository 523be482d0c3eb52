--TEST--
array_merge_recursive nests values under shared string keys
--FILE--
<?php
print_r(array_merge_recursive(['a' => null, 'b' => 1, 'c' => [1]], ['a' => 1, 'b' => [2], 'c' => 3, 5 => 'x']));
print_r(array_merge_recursive(['k' => ['x' => 1, 2]], ['k' => ['x' => 3, 4]]));
--EXPECT--
Array
(
    [a] => Array
        (
            [0] => 
            [1] => 1
        )

    [b] => Array
        (
            [0] => 1
            [1] => 2
        )

    [c] => Array
        (
            [0] => 1
            [1] => 3
        )

    [0] => x
)
Array
(
    [k] => Array
        (
            [x] => Array
                (
                    [0] => 1
                    [1] => 3
                )

            [0] => 2
            [1] => 4
        )

)
