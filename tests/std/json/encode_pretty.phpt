--TEST--
JSON_PRETTY_PRINT layout
--FILE--
<?php
echo json_encode(['a' => [], 'b' => new stdClass, 'c' => [1, [2, 3]], 'd' => ['x' => null, 'y' => 1.5]], JSON_PRETTY_PRINT), "\n";
echo json_encode([], JSON_PRETTY_PRINT), "\n";
echo json_encode([[]], JSON_PRETTY_PRINT), "\n";
echo json_encode("s", JSON_PRETTY_PRINT), "\n";
echo json_encode(['k/v' => 'é'], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
--EXPECT--
{
    "a": [],
    "b": {},
    "c": [
        1,
        [
            2,
            3
        ]
    ],
    "d": {
        "x": null,
        "y": 1.5
    }
}
[]
[
    []
]
"s"
{
    "k/v": "é"
}
