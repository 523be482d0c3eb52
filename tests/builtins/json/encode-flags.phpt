--TEST--
json_encode flags: pretty print, unescaped, force object, numeric check, partial output
--FILE--
<?php
$d = ['name' => "Zoë / \"x\"", 'list' => [1, 2], 'empty' => [], 'num' => "12", 'html' => "<a href='x'>&</a>", 'f' => 10.0];
echo json_encode($d, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
echo json_encode([1, 2], JSON_FORCE_OBJECT), "\n";
echo json_encode($d, JSON_NUMERIC_CHECK | JSON_HEX_TAG | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_HEX_AMP | JSON_PRESERVE_ZERO_FRACTION), "\n";
echo json_encode([[]], JSON_PRETTY_PRINT), "\n", json_encode(new stdClass, JSON_PRETTY_PRINT), "\n";
--EXPECT--
{
    "name": "Zoë / \"x\"",
    "list": [
        1,
        2
    ],
    "empty": [],
    "num": "12",
    "html": "<a href='x'>&</a>",
    "f": 10
}
{"0":1,"1":2}
{"name":"Zo\u00eb \/ \u0022x\u0022","list":[1,2],"empty":[],"num":12,"html":"\u003Ca href=\u0027x\u0027\u003E\u0026\u003C\/a\u003E","f":10.0}
[
    []
]
{}
